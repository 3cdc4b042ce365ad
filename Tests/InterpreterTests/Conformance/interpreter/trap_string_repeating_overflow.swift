// record: skip
print("start")
let s = String(repeating: "ab", count: Int.max)
print(s.count)

// expect: start
// expect error: 3: memory limit exceeded
