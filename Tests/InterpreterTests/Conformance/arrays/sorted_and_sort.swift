var xs = [5, 2, 8, 1]
print(xs.sorted())
print(xs.sorted(by: >))
print(xs)
xs.sort()
print(xs)
xs.sort { $0 > $1 }
print(xs)

// expect: [1, 2, 5, 8]
// expect: [8, 5, 2, 1]
// expect: [5, 2, 8, 1]
// expect: [1, 2, 5, 8]
// expect: [8, 5, 2, 1]
