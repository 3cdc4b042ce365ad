// record: skip
print((Int.min + 1..<0).count, (1...3).count, (5..<5).isEmpty)
print((Int.min..<Int.max).count)

// expect: 9223372036854775807 3 true
// expect error: 3: overflow
