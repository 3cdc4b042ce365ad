let count = 3
let total = 10.0
print(total / Double(count))
print(Int(total) / count)

// expect: 3.3333333333333335
// expect: 3
