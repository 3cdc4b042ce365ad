let n = -42
print("n=\(n)")
print("\(Int.max)")

// expect: n=-42
// expect: 9223372036854775807
