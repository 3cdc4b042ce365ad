let squares = (1...4).map { $0 * $0 }
print(squares)
print((0..<5).filter { $0 % 2 == 1 })
print((1...4).reduce(0, +))

// expect: [1, 4, 9, 16]
// expect: [1, 3]
// expect: 10
