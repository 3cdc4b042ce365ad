struct Item { var price: Double; var qty: Int }
let items = [Item(price: 2.5, qty: 2), Item(price: 1.0, qty: 5)]
let getPrice: (Item) -> Double = \.price
print(items.map(getPrice))
let total = items.map { $0.price * Double($0.qty) }.reduce(0, +)
print(total)

// expect: [2.5, 1.0]
// expect: 10.0
