struct Fraction: CustomStringConvertible, ExpressibleByIntegerLiteral {
    let num: Int, den: Int
    init(_ n: Int, _ d: Int) { num = n; den = d }
    init(integerLiteral value: Int) { self.init(value, 1) }
    static func + (a: Fraction, b: Fraction) -> Fraction { Fraction(a.num * b.den + b.num * a.den, a.den * b.den) }
    static func * (a: Fraction, b: Fraction) -> Fraction { Fraction(a.num * b.num, a.den * b.den) }
    static func == (a: Fraction, b: Fraction) -> Bool { a.num * b.den == b.num * a.den }
    var description: String { "\(num)/\(den)" }
}
let half = Fraction(1, 2)
print(half + 1, 2 * half, half + half == 1, 3 + half * 2)
struct Tag: Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    let name: String
    init(stringLiteral value: String) { name = value.lowercased() }
    static func < (a: Tag, b: Tag) -> Bool { a.name < b.name }
    var description: String { "#\(name)" }
}
let t: Tag = "Swift"
print(t == "SWIFT", t < "zebra", "apple" < t, [t, "Alpha", "beta"].sorted())

// expect: 3/2 2/2 true 8/2
// expect: true true true [#alpha, #beta, #swift]
