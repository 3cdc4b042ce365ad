print(UInt8.min, UInt8.max, UInt8.bitWidth)
let x: UInt8 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ UInt8.max, UInt8.max &* 2)

// expect: 0 255 8
// expect: 100 UInt8
// expect: 120 99 100 33 2
// expect: 99 254
