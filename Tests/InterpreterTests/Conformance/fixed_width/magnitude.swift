let a: Int8 = -128
print(a.magnitude, type(of: a.magnitude))
print(Int.min.magnitude)
print((-5).magnitude, abs(Int16(-3)))

// expect: 128 UInt8
// expect: 9223372036854775808
// expect: 5 3
