let x = 0.5
let s = "\(x)"
print(s)
print("\(1e-05) and \(1e16)")

// expect: 0.5
// expect: 1e-05 and 1e+16
