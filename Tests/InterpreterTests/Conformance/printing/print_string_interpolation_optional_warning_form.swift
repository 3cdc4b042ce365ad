let n: Int? = 5
let s = "\(n as Any)"
print(s)
let m: Int? = nil
print("\(m as Any)")

// expect: Optional(5)
// expect: nil
