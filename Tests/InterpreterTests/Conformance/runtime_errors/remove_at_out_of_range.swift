var xs = [1, 2]
xs.remove(at: 0)
print(xs)
xs.remove(at: 1)

// expect: [2]
// expect error: 4: Index out of range
