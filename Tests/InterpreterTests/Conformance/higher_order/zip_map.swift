let a = [1, 2, 3]
let b = [10, 20, 30]
print(zip(a, b).map { $0 + $1 })
print(zip(a, b).map { x, y in x * y }.reduce(0, +))

// expect: [11, 22, 33]
// expect: 140
