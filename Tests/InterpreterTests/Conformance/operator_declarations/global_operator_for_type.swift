struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
func == (a: Money, b: Money) -> Bool { a.cents == b.cents }
let total = Money(cents: 250) + Money(cents: 1305)
print(total)
print(total == Money(cents: 1555))
print([1, 2, 3].reduce(0, +))

// expect: $15.55
// expect: true
// expect: 6
