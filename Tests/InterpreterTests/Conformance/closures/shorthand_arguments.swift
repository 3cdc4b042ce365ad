let xs = [1, 2, 3]
print(xs.map { $0 * 10 })
print(xs.reduce(0) { $0 + $1 })
let pick: (Int, Int) -> Int = { $1 }
print(pick(1, 2))

// expect: [10, 20, 30]
// expect: 6
// expect: 2
