let u: UInt8 = 0xFF
print(Int8(bitPattern: u))
let s: Int16 = -2
print(UInt16(bitPattern: s))
print(UInt(bitPattern: -1) == UInt.max)

// expect: -1
// expect: 65534
// expect: true
