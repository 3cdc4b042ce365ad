let xs = [3, 8, 12, 5]
print(xs.contains(where: { $0 > 10 }), xs.allSatisfy { $0 > 2 }, xs.allSatisfy { $0.isMultiple(of: 2) })
print(xs.firstIndex(where: { $0 > 6 })!, xs.lastIndex(where: { $0 < 6 })!)
print(xs.count(where: { $0 > 4 }))

// expect: true true false
// expect: 1 3
// expect: 3
