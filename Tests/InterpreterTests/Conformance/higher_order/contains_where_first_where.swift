let xs = [5, 12, 7, 30]
print(xs.contains { $0 > 25 })
print(xs.first(where: { $0 > 10 })!)
print(xs.first { $0 > 100 } == nil)
print(xs.last(where: { $0 < 10 })!)

// expect: true
// expect: 12
// expect: true
// expect: 7
