let parts = ["x", "y", "z"]
print(parts.joined(separator: ", "), parts.joined())
let nested = [[1, 2], [3], []]
print(Array(nested.joined()))
print(nested.flatMap { $0 })

// expect: x, y, z xyz
// expect: [1, 2, 3]
// expect: [1, 2, 3]
