let v: UInt16 = 0b0000_0001_0110_0000
print(v.leadingZeroBitCount, v.trailingZeroBitCount, v.nonzeroBitCount)
let n: Int8 = -1
print(n.leadingZeroBitCount, n.nonzeroBitCount, Int8(0).trailingZeroBitCount)
print((40 as Int).leadingZeroBitCount, Int.max.nonzeroBitCount, (12).trailingZeroBitCount)
print(UInt32(1).bitWidth, (5 as Int).bitWidth)

// expect: 7 5 3
// expect: 0 8 8
// expect: 58 63 2
// expect: 32 64
