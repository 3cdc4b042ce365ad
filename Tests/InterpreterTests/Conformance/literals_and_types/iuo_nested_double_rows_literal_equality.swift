// Implicitly unwrapped optional variables, [[Double]] rows inferred from one Double, a synthesized
// == against an integer literal (ExpressibleByIntegerLiteral), N(x) of a generic type's parameter.
func rotate(_ c: Character, _ by: Int) -> Character {
    var cv: UInt8! = c.asciiValue
    cv += UInt8(by)
    if 122 < cv { cv -= 26 }
    return Character(UnicodeScalar(cv))
}
print(String("hello".map { rotate($0, 3) }))
let m = [
    [10.0, 16, 23],
    [12, -8, 16],
]
print(m, m[1][0] * 0.5)
struct Ratio: Equatable, ExpressibleByIntegerLiteral {
    var num: Int, den: Int
    init(_ n: Int, _ d: Int) { num = n; den = d }
    init(integerLiteral v: Int) { num = v; den = 1 }
}
print(Ratio(2, 1) == 2, Ratio(1, 2) == 1, Ratio(3, 1) != 3)
var product = 1
product &*= 3
product &+= Int.max
print(product)
struct Frac<N: BinaryInteger> {
    var num: N, den: N
    init(_ n: N, _ d: N) { num = n; den = d }
    func scaled(_ k: Int) -> Frac { Frac(num * N(k), den) }
}
extension Frac: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) { num = N(value); den = 1 }
    var value: Double { Double(num) / Double(den) }
    func twice() -> Frac { Frac(num * N(2), den) }
}
let f: Frac<Int> = 3
print(f.num, f.den, f.value, f.twice().num, Frac(1, 4).scaled(3).value)

// expect: khoor
// expect: [[10.0, 16.0, 23.0], [12.0, -8.0, 16.0]] 6.0
// expect: true false false
// expect: -9223372036854775806
// expect: 3 1 3.0 6 0.75
