// ExpressibleByIntegerLiteral/FloatLiteral/StringLiteral/ArrayLiteral notebook types built from literals.
struct Money: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, CustomStringConvertible {
    var cents: Int
    init(integerLiteral value: Int) { cents = value * 100 }
    init(floatLiteral value: Double) { cents = Int(value * 100) }
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let price: Money = 12
let tip: Money = 2.5
func show(_ m: Money) { print(m) }
show(7)
print(price, tip, [3, 4.25] as [Money])
struct Tag: ExpressibleByStringLiteral, Equatable { var text: String; init(stringLiteral s: String) { text = s.uppercased() } }
let t: Tag = "swift"
print(t.text, t == "SWIFT")
struct Bag: ExpressibleByArrayLiteral { var items: [String]; init(arrayLiteral elements: String...) { items = elements.sorted() } }
let b: Bag = ["pear", "fig"]
print(b.items)

// expect: $7.00
// expect: $12.00 $2.50 [$3.00, $4.25]
// expect: SWIFT true
// expect: ["fig", "pear"]
