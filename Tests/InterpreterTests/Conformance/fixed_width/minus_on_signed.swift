let a: Int8 = 5
print(-a, -(-a), +a)
let z: Int64 = -9_000_000_000
print(-z, z / 2, z % 7)

// expect: -5 5 5
// expect: 9000000000 -4500000000 -5
