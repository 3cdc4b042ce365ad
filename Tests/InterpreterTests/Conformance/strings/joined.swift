let parts = ["x", "y", "z"]
print(parts.joined())
print(parts.joined(separator: ", "))
print([String]().joined(separator: "-"))

// expect: xyz
// expect: x, y, z
// expect:
