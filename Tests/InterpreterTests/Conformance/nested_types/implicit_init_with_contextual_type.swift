struct Invoice {
    struct Line { let item: String; let qty: Int; let price: Double }
    let number: Int
    var lines: [Line]
    var total: Double { lines.reduce(0) { $0 + Double($1.qty) * $1.price } }
}
let inv = Invoice(number: 7, lines: [
    .init(item: "Widget", qty: 3, price: 2.5),
    .init(item: "Bolt", qty: 10, price: 0.25),
])
print(inv.lines.map(\.item), inv.total)
struct Point { var x = 0.0, y = 0.0 }
let origin: Point = .init()
let p: Point = .init(x: 1, y: 2)
print(origin, p)

// expect: ["Widget", "Bolt"] 10.0
// expect: Point(x: 0.0, y: 0.0) Point(x: 1.0, y: 2.0)
