let s: String? = "42"
let n = s.flatMap { Int($0) }
print(n as Any)
let doubled = n.map { $0 * 2 }
print(doubled as Any)
let none: Int? = nil
print(none.map { $0 + 1 } as Any)

// expect: Optional(42)
// expect: Optional(84)
// expect: nil
