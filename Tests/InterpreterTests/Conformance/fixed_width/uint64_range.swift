print(UInt64.min, UInt64.max, UInt64.bitWidth)
let x: UInt64 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ UInt64.max, UInt64.max &* 2)

// expect: 0 18446744073709551615 64
// expect: 100 UInt64
// expect: 120 99 100 33 2
// expect: 99 18446744073709551614
