let n = 1234
print(String(n).count, Array(String(n)).map { $0.wholeNumberValue! }.reduce(0, +))
print(Int("  5") == nil, Int("-17")!, Int("+8")!)
print(Double("2.5")!, Double("abc") == nil)

// expect: 4 10
// expect: true -17 8
// expect: 2.5 true
