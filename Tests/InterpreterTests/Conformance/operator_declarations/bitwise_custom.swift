infix operator >>> : BitwiseShiftPrecedence
func >>> (a: Int, b: Int) -> Int { (a >> b) & 0xFFFF }
print(16 >>> 2)
print((1 << 4) >>> 1)

// expect: 4
// expect: 8
