// Difference of squares: (1+...+n)^2 - (1^2+...+n^2).
struct Squares {
    let n: Int
    init(_ n: Int) { self.n = n }

    var squareOfSum: Int {
        let sum = (1...max(n, 1)).reduce(0, +)
        return n == 0 ? 0 : sum * sum
    }

    var sumOfSquares: Int { n == 0 ? 0 : (1...n).map { $0 * $0 }.reduce(0, +) }

    var differenceOfSquares: Int { squareOfSum - sumOfSquares }
}
// cell
for n in [0, 1, 5, 10, 100] {
    let s = Squares(n)
    print(n, s.squareOfSum, s.sumOfSquares, s.differenceOfSquares)
}

// expect: 0 0 0 0
// expect: 1 1 1 0
// expect: 5 225 55 170
// expect: 10 3025 385 2640
// expect: 100 25502500 338350 25164150
