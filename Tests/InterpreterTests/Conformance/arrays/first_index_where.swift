let xs = [4, 9, 16]
print(xs.firstIndex(where: { $0 > 5 }))
print(xs.firstIndex(where: { $0 > 50 }))

// expect: Optional(1)
// expect: nil
