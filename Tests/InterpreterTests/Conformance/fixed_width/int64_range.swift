print(Int64.min, Int64.max, Int64.bitWidth)
let x: Int64 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ Int64.max, Int64.max &* 2)

// expect: -9223372036854775808 9223372036854775807 64
// expect: 100 Int64
// expect: 120 99 100 33 2
// expect: -9223372036854775709 -2
