// Values of types that declare callAsFunction are called like functions.
struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
}
let p = Polynomial(coefficients: [1, 0, 2])   // 1 + 2x²
print(p(3))
print([0.0, 1, 2].map { p($0) })

final class Counter {
    var count = 0
    func callAsFunction() -> Int {
        count += 1
        return count
    }
}
let next = Counter()
_ = next()
print(next(), next.count)

struct Scale {
    let factor: Int
    func callAsFunction(_ values: [Int]) -> [Int] { values.map { $0 * factor } }
}
let triple = Scale(factor: 3)
print(triple([1, 2, 3]))

// expect: 19.0
// expect: [1.0, 3.0, 9.0]
// expect: 2 2
// expect: [3, 6, 9]
