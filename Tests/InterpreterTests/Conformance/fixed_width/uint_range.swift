print(UInt.min, UInt.max, UInt.bitWidth)
let x: UInt = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ UInt.max, UInt.max &* 2)

// expect: 0 18446744073709551615 64
// expect: 100 UInt
// expect: 120 99 100 33 2
// expect: 99 18446744073709551614
