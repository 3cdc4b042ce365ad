let a = 3
let b = 4.5
print("\(a) * \(b) = \(Double(a) * b)")
print("nested: \("inner \(a)")")
print("\(a > 2 ? "big" : "small")")

// expect: 3 * 4.5 = 13.5
// expect: nested: inner 3
// expect: big
