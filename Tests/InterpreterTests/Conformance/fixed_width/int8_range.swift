print(Int8.min, Int8.max, Int8.bitWidth)
let x: Int8 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ Int8.max, Int8.max &* 2)

// expect: -128 127 8
// expect: 100 Int8
// expect: 120 99 100 33 2
// expect: -29 -2
