print(UInt8("255") as Any, UInt8("256") as Any, Int8("-12") as Any)
print(UInt16("ff", radix: 16)!, Int32("x") == nil)

// expect: Optional(255) nil Optional(-12)
// expect: 255 true
