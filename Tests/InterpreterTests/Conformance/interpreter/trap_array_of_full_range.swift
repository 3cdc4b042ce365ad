// record: skip
print(Array(Int.min..<Int.max).count)

// expect error: 2: memory limit exceeded
