let xs = [1, 2, 5, 1, 7]
print(Array(xs.prefix(while: { $0 < 3 })))
print(Array(xs.drop(while: { $0 < 3 })))

// expect: [1, 2]
// expect: [5, 1, 7]
