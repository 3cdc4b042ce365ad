let a = [10, 20, 30]
print(a[0])
let i = 3
print(a[i])

// expect: 10
// expect error: 4: Index out of range
