let x: UInt8 = 1
print(x &<< 9, x &<< 7, UInt8(128) &>> 9)
let i: Int32 = 1
print(i &<< 33)

// expect: 2 128 64
// expect: 2
