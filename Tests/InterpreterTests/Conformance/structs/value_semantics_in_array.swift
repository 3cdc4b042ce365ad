struct Item { var qty: Int }
var items = [Item(qty: 1), Item(qty: 2)]
var first = items[0]
first.qty = 100
print(items[0].qty)
items[1].qty += 10
print(items.map { $0.qty })

// expect: 1
// expect: [1, 12]
