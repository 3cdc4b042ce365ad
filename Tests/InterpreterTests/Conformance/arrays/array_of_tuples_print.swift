let pairs = [(1, "a"), (2, "b")]
print(pairs)
print(pairs[1].1)

// expect: [(1, "a"), (2, "b")]
// expect: b
