let xs = [3, 8, 12]
let firstBig = xs.first(where: { $0 > 5 })
print(firstBig)
print(xs.first(where: { $0 > 100 }))

// expect: Optional(8)
// expect: nil
