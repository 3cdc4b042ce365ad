let a: Int? = nil
let b: Int? = 2
print(a == nil)
print(b != nil)
print(b == 2)

// expect: true
// expect: true
// expect: true
