let t: (Int, Int)? = (1, 2)
print(t)
let s: (Int, String)? = nil
print(s)

// expect: Optional((1, 2))
// expect: nil
