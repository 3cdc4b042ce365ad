let x: UInt8 = 0b0000_0110
print(x << 1, x << 5, x << 8, x >> 1, x >> 9)
let n: Int8 = -64
print(n >> 1, n >> 10, n << 1, n << 2)
let y: UInt32 = 1
print(y << 31, y << 32, y << -1, UInt32(8) >> -1)

// expect: 12 192 0 3 0
// expect: -32 -1 -128 0
// expect: 2147483648 0 0 16
