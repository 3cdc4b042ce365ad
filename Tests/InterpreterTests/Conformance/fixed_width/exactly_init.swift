print(UInt8(exactly: 255) as Any, UInt8(exactly: 256) as Any, Int8(exactly: -129) as Any)
let d = 3.0
print(Int16(exactly: d) as Any, Int16(exactly: 3.5) as Any)
print(Int(exactly: 2.0) as Any)

// expect: Optional(255) nil nil
// expect: Optional(3) nil
// expect: Optional(2)
