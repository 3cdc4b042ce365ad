print(UInt16.min, UInt16.max, UInt16.bitWidth)
let x: UInt16 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ UInt16.max, UInt16.max &* 2)

// expect: 0 65535 16
// expect: 100 UInt16
// expect: 120 99 100 33 2
// expect: 99 65534
