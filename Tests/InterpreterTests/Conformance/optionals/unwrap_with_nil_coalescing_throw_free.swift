let inputs = ["3", "x", "5"]
let total = inputs.map { Int($0) ?? 0 }.reduce(0, +)
print(total)

// expect: 8
