let a = "Hello"
let b = "hELLO"
print(a.lowercased() == b.lowercased())

// expect: true
