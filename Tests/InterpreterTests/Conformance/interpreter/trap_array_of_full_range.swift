// record: skip
print(Array(Int.min..<Int.max).count)

// expect error: 1: memory limit exceeded
