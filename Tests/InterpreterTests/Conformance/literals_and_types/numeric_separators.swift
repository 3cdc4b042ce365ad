let big = 1_000_000
let d = 1_000.5
print(big)
print(d)

// expect: 1000000
// expect: 1000.5
