var d: [Int: String] = [:]
print(d.isEmpty)
d[1] = "x"
print(d.isEmpty, d[1]!)

// expect: true
// expect: false x
