var x: Int? = nil
print(x as Any)
x = 5
print(x as Any)
print(x!)

// expect: nil
// expect: Optional(5)
// expect: 5
