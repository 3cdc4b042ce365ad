print(UInt32.min, UInt32.max, UInt32.bitWidth)
let x: UInt32 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ UInt32.max, UInt32.max &* 2)

// expect: 0 4294967295 32
// expect: 100 UInt32
// expect: 120 99 100 33 2
// expect: 99 4294967294
