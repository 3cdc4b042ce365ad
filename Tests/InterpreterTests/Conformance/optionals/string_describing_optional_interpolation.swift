let v: Int? = 5
print("v is \(v ?? 0)")
print("raw \(String(describing: v))")

// expect: v is 5
// expect: raw Optional(5)
