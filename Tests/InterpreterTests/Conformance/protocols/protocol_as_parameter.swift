protocol Discount {
    func apply(to price: Double) -> Double
}

struct Percent: Discount {
    var rate: Double
    func apply(to price: Double) -> Double { price * (1 - rate) }
}

struct Flat: Discount {
    var amount: Double
    func apply(to price: Double) -> Double { max(0, price - amount) }
}

func checkout(_ price: Double, _ discounts: [Discount]) -> Double {
    var p = price
    for d in discounts { p = d.apply(to: p) }
    return p
}

print(checkout(100, [Percent(rate: 0.1), Flat(amount: 5)]))
print(checkout(3, [Flat(amount: 5)]))
let best = [Percent(rate: 0.5), Percent(rate: 0.2)].map { $0.apply(to: 10) }
print(best)

// expect: 85.0
// expect: 0.0
// expect: [5.0, 8.0]
