print(Int32.min, Int32.max, Int32.bitWidth)
let x: Int32 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ Int32.max, Int32.max &* 2)

// expect: -2147483648 2147483647 32
// expect: 100 Int32
// expect: 120 99 100 33 2
// expect: -2147483549 -2
