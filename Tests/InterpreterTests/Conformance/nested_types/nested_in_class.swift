class Shop {
    enum Status { case open, closed }
    struct Item { var name: String; var price: Int }

    var status = Status.closed
    var items: [Item] = []

    func add(_ name: String, _ price: Int) { items.append(Item(name: name, price: price)) }
    var total: Int { items.reduce(0) { $0 + $1.price } }
}

let s = Shop()
s.add("tea", 3)
s.add("cake", 5)
s.status = .open
print(s.total, s.status, s.items.map { $0.name })

// expect: 8 open ["tea", "cake"]
