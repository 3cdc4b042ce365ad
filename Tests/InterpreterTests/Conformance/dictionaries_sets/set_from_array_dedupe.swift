let xs = [3, 1, 3, 2, 1]
let unique = Set(xs)
print(unique.count)
print(unique.sorted())

// expect: 3
// expect: [1, 2, 3]
