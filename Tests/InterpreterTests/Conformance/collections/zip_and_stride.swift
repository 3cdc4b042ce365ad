let names = ["a", "b", "c"]
let ages = [1, 2, 3, 4]
for (n, a) in zip(names, ages) { print(n, a) }
print(Array(zip(names, ages)).count)
print(Array(stride(from: 10, to: 0, by: -3)))
print(Array(stride(from: 0.0, through: 1.0, by: 0.25)))

// expect: a 1
// expect: b 2
// expect: c 3
// expect: 3
// expect: [10, 7, 4, 1]
// expect: [0.0, 0.25, 0.5, 0.75, 1.0]
