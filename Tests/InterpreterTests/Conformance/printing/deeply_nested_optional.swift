let a: Int??? = 1
let b: String?? = "s"
print(a)
print(b)

// expect: Optional(Optional(Optional(1)))
// expect: Optional(Optional("s"))
