let n = -1
print(UInt16(8))
print(UInt16(n))

// expect: 8
// expect error: 3: Negative value is not representable
