let a: Int16 = -300
print(abs(a), max(a, 5), min(a, 5))
print(max(UInt8(3), UInt8(9)), min(Int64(-1), 0))

// expect: 300 5 -300
// expect: 9 -1
