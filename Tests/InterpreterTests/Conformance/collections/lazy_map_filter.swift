let xs = Array(1...20)
let firstBig = xs.lazy.map { $0 * $0 }.filter { $0 > 50 }.first
print(firstBig!)
print(Array(xs.lazy.filter { $0 % 4 == 0 }.map { $0 / 2 }.prefix(3)))

// expect: 64
// expect: [2, 4, 6]
