let d = 300.5
print(UInt16(d))
print(UInt8(d))

// expect: 300
// expect error: 3: greater than UInt8.max
