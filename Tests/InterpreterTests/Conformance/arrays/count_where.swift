let xs = [1, 5, 8, 10, 3]
let big = xs.filter { $0 > 4 }.count
print(big)

// expect: 3
