let a: UInt8 = 0b1100_1010
let b: UInt8 = 0b1010_0110
print(a & b, a | b, a ^ b, ~a)
print(String(a & b, radix: 2), String(~a, radix: 2))
let s: Int8 = 0b0000_1111
print(~s, s & -8)

// expect: 130 238 108 53
// expect: 10000010 110101
// expect: -16 8
