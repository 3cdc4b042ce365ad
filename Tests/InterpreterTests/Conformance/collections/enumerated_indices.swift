let xs = ["x", "y", "z"]
print(xs.enumerated().map { "\($0.offset):\($0.element)" })
for i in xs.indices.reversed() { print(i, terminator: " ") }
print()
print(xs.indices, xs.startIndex, xs.endIndex)

// expect: ["0:x", "1:y", "2:z"]
// expect: 2 1 0 
// expect: 0..<3 0 3
