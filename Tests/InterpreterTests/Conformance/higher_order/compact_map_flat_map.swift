let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 })
print(["1", "x", "3"].compactMap { Int($0) })
print([1, 2].flatMap { [$0, $0 * 10] })

// expect: [1, 2, 3]
// expect: [1, 3]
// expect: [1, 10, 2, 20]
