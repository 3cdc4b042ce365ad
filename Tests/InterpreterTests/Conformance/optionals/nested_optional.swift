let a: Int?? = 5
let b: Int?? = .some(nil)
let c: Int?? = nil
print(a)
print(b)
print(c)

// expect: Optional(Optional(5))
// expect: Optional(nil)
// expect: nil
