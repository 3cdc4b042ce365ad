let xs = [1, 2, 3, 4, 5]
print(xs.reduce(0, +))
print(xs.reduce(0) { acc, x in acc + x * x })
print(["a", "b", "c"].reduce("") { $0 + $1 })
print(xs.reduce(Int.min) { max($0, $1) })

// expect: 15
// expect: 55
// expect: abc
// expect: 5
