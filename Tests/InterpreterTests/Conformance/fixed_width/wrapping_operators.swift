let a: UInt8 = 250
print(a &+ 10, a &* 3, UInt8(0) &- 1)
let b: Int8 = 127
print(b &+ 1, Int8.min &- 1, b &* 2)
let c: Int16 = -32768
print(c &- 1, 0 &- c)

// expect: 4 238 255
// expect: -128 127 -2
// expect: 32767 -32768
