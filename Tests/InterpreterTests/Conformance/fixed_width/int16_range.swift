print(Int16.min, Int16.max, Int16.bitWidth)
let x: Int16 = 100
print(x, type(of: x))
print(x + 20, x - 1, x * 1, x / 3, x % 7)
print(x &+ Int16.max, Int16.max &* 2)

// expect: -32768 32767 16
// expect: 100 Int16
// expect: 120 99 100 33 2
// expect: -32669 -2
