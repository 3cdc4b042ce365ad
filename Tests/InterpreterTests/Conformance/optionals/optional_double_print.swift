let d: Double? = 0.1
print(d)
let f: Float? = 1
print(f)

// expect: Optional(0.1)
// expect: Optional(1.0)
