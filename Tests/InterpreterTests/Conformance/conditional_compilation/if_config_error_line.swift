// A run-time error after #if blocks is reported at its own line: inactive clauses keep their
// lines.
#if os(Windows)
let values = [1, 2, 3, 4, 5, 6]
let note = "a longer inactive clause"
#else
let values = [1, 2]
#endif
print(values.count)
print(values[5])

// expect: 2
// expect error: 10: Index out of range
