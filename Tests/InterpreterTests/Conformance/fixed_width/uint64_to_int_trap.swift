let u = UInt64.max
print(u)
print(Int(u))

// expect: 18446744073709551615
// expect error: 3: Not enough bits to represent the passed value
