let n = 1_000
let ok = Int16(n)
print(ok)
print(Int8(n))

// expect: 1000
// expect error: 4: Not enough bits to represent the passed value
