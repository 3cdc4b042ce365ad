let small: UInt8 = 200
let wide = Int(small) * 1000
print(wide)
let back = UInt16(wide / 1000)
print(back, type(of: back))
let d = Double(small) / 3
print(d)
print(Int64.max - 300 + Int64(small))
print(UInt32(3.99), Int8(-7.8))

// expect: 200000
// expect: 200 UInt16
// expect: 66.66666666666667
// expect: 9223372036854775707
// expect: 3 -7
