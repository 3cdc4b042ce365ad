var trace: [String] = []
func compute() -> Int {
    defer { trace.append("defer") }
    trace.append("body")
    return trace.count
}
print(compute())
print(trace)

// expect: 1
// expect: ["body", "defer"]
