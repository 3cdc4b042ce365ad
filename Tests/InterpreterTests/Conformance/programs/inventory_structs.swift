struct Product {
    let name: String
    var price: Double
    var quantity: Int
    var total: Double { price * Double(quantity) }
    mutating func restock(_ n: Int) { quantity += n }
    mutating func discount(percent: Double) { price *= (1 - percent / 100) }
}
var items = [
    Product(name: "pen", price: 1.5, quantity: 10),
    Product(name: "book", price: 12, quantity: 2),
]
items[0].restock(5)
items[1].discount(percent: 25)
for item in items {
    print(item.name, item.quantity, item.price, item.total)
}
print("value:", items.reduce(0) { $0 + $1.total })
print(items[1])

// expect: pen 15 1.5 22.5
// expect: book 2 9.0 18.0
// expect: value: 40.5
// expect: Product(name: "book", price: 9.0, quantity: 2)
