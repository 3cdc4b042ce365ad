struct Money: CustomStringConvertible {
    var cents: Int
    var description: String {
        let sign = cents < 0 ? "-" : ""
        let c = abs(cents)
        let rest = c % 100
        return "\(sign)$\(c / 100).\(rest < 10 ? "0" : "")\(rest)"
    }
}

struct Plain {
    var cents: Int
    var description: String { "never used by print" }
}

let m = Money(cents: 1234)
print(m)
print("price: \(m)")
print([Money(cents: 5), Money(cents: -250)])
print(Plain(cents: 3))
print(String(describing: m))

// expect: $12.34
// expect: price: $12.34
// expect: [$0.05, -$2.50]
// expect: Plain(cents: 3)
// expect: $12.34
