let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b)
print(~a)
print(1 << 4, 256 >> 3)

// expect: 8 14 6
// expect: -13
// expect: 16 32
