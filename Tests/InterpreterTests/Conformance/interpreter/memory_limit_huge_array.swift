// record: skip
let ok = Array(repeating: 0, count: 10)
print(ok.count)
let huge = Array(repeating: 0, count: 10_000_000_000)
// expect: 10
// expect error: 4: memory limit exceeded
