var xs = [1, 2]
xs.insert(0, at: 2)
print(xs)
xs.insert(9, at: 5)

// expect: [1, 2, 0]
// expect error: 4: Array index is out of range
