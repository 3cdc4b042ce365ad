let a: UInt8 = 3
let b: UInt8 = 5
print(a + b)
print(a - b)

// expect: 8
// expect error: 4: arithmetic overflow
