let xs = [2, 4, 6]
print(xs.allSatisfy { $0 % 2 == 0 })
print(xs.contains { $0 > 5 })
print(xs.contains(where: { $0 > 10 }))

// expect: true
// expect: true
// expect: false
