let xs = Array(1...10)
print(xs.filter { $0 % 2 == 0 })
print(xs.filter { $0 > 100 })
print(["apple", "fig", "kiwi"].filter { $0.count > 3 })

// expect: [2, 4, 6, 8, 10]
// expect: []
// expect: ["apple", "kiwi"]
