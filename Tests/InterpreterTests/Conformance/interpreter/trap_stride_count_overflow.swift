// record: skip
let n = stride(from: Int.min, to: Int.max, by: 1)
print(n.count)

// expect error: 1: memory limit exceeded
