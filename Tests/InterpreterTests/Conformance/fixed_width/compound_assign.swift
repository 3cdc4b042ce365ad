var x: Int16 = 10
x += 5
x *= 3
x -= 1
x /= 2
x %= 7
print(x)
var f: UInt8 = 0b1010
f <<= 2
f |= 1
f &= 0b111101
f ^= 0xFF
f >>= 1
print(f)

// expect: 1
// expect: 107
