// Pythagorean triplets: a < b < c with a^2 + b^2 = c^2 and a + b + c = N.
struct Triplet: Equatable, CustomStringConvertible {
    let a, b, c: Int
    var description: String { "[\(a), \(b), \(c)]" }
    var isPythagorean: Bool { a * a + b * b == c * c }
}

func triplets(withSum n: Int) -> [Triplet] {
    var result: [Triplet] = []
    for a in 1..<max(2, n / 3) {
        let numerator = n * n - 2 * n * a
        let denominator = 2 * (n - a)
        guard numerator % denominator == 0 else { continue }
        let b = numerator / denominator
        guard b > a else { continue }
        result.append(Triplet(a: a, b: b, c: n - a - b))
    }
    return result
}
// cell
for n in [12, 108, 1000, 1001, 90, 840, 30000] {
    let found = triplets(withSum: n)
    print(n, found, found.allSatisfy(\.isPythagorean))
}

// expect: 12 [[3, 4, 5]] true
// expect: 108 [[27, 36, 45]] true
// expect: 1000 [[200, 375, 425]] true
// expect: 1001 [] true
// expect: 90 [[9, 40, 41], [15, 36, 39]] true
// expect: 840 [[40, 399, 401], [56, 390, 394], [105, 360, 375], [120, 350, 370], [140, 336, 364], [168, 315, 357], [210, 280, 350], [240, 252, 348]] true
// expect: 30000 [[1200, 14375, 14425], [1875, 14000, 14125], [5000, 12000, 13000], [6000, 11250, 12750], [7500, 10000, 12500]] true
