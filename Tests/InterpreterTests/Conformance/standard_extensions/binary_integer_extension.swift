extension BinaryInteger {
    var isOdd: Bool { self % 2 != 0 }
}

extension Numeric {
    func cubed() -> Self { self * self * self }
}

print(5.isOdd, 8.isOdd)
print(3.cubed(), 1.5.cubed())
print([1, 2, 3].map { $0.cubed() })

// expect: true false
// expect: 27 3.375
// expect: [1, 8, 27]
