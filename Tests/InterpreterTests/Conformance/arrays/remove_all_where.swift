var xs = [1, 2, 3, 4, 5, 6]
xs.removeAll { $0 % 2 == 0 }
print(xs)

// expect: [1, 3, 5]
