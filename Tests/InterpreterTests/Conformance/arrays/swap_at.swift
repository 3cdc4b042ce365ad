var xs = [1, 2, 3]
xs.swapAt(0, 2)
print(xs)

// expect: [3, 2, 1]
