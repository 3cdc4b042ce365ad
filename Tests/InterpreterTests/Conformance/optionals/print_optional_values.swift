let a: Int? = 3
let b: String? = "a"
let c: Double? = nil
print(a)
print(b)
print(c)

// expect: Optional(3)
// expect: Optional("a")
// expect: nil
