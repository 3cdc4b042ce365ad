let squares = (1...10).map { $0 * $0 }
print(squares.reduce(0, &+), [1, 2, 3, 4].reduce(1, &*), (1...5).reduce(0, &-))
print([0b0001, 0b0100, 0b1000].reduce(0, |), [0b1111, 0b0110].reduce(0b1111, &), [5, 3].reduce(0, ^))
let big = [Int.max, 1].reduce(0, &+)
print(big == Int.min)
let shifted = zip([1, 2, 3], [1, 2, 3]).map(<<)
print(shifted)

// expect: 385 24 -15
// expect: 13 6 6
// expect: true
// expect: [2, 8, 24]
