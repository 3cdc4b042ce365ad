var xs: [Int] = []
xs.append(1)
xs.append(2)
xs += [3, 4]
xs.append(contentsOf: [5])
print(xs)
print(xs.count)

// expect: [1, 2, 3, 4, 5]
// expect: 5
