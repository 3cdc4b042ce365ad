// record: skip
let n = stride(from: Int.min, to: Int.max, by: 1)
print(n.count)

// expect error: 2: memory limit exceeded
