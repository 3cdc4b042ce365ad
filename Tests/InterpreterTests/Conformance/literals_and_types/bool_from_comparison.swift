let a = 5
let isBig = a > 3
print(isBig)
print(isBig == true)

// expect: true
// expect: true
