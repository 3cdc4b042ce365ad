// record: skip
print(Array(3...5))
print(Array(0...Int.max).count)

// expect: [3, 4, 5]
// expect error: 3: memory limit exceeded
