let a: Int? = 4
let b = a.map { $0 * 10 }
print(b)
let none: Int? = nil
print(none.map { $0 * 10 })

// expect: Optional(40)
// expect: nil
