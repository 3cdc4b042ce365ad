struct VendingMachine {
    enum Product: String, CaseIterable {
        case chips, soda, candy

        var price: Int {
            switch self {
            case .chips: return 150
            case .soda: return 200
            case .candy: return 100
            }
        }
    }

    enum Failure: Error {
        case soldOut(Product)
        case needMore(Int)
    }

    struct Slot {
        var product: Product
        var count: Int
    }

    private(set) var slots: [Slot]
    private(set) var credit = 0

    init() {
        slots = Product.allCases.map { Slot(product: $0, count: 1) }
    }

    mutating func insert(_ cents: Int) { credit += cents }

    mutating func buy(_ p: Product) throws -> Int {
        guard let i = slots.firstIndex(where: { $0.product == p }), slots[i].count > 0 else {
            throw Failure.soldOut(p)
        }
        guard credit >= p.price else { throw Failure.needMore(p.price - credit) }
        slots[i].count -= 1
        let change = credit - p.price
        credit = 0
        return change
    }
}

var m = VendingMachine()
m.insert(100)
do {
    _ = try m.buy(.soda)
} catch VendingMachine.Failure.needMore(let n) {
    print("insert", n, "more")
}
m.insert(150)
print(try m.buy(.soda))
do {
    m.insert(500)
    _ = try m.buy(.soda)
} catch {
    print("error:", error)
}
print(m.slots.map { "\($0.product):\($0.count)" })
print(VendingMachine.Product.allCases.map { $0.price })

// expect: insert 100 more
// expect: 50
// expect: error: soldOut(main.VendingMachine.Product.soda)
// expect: ["chips:1", "soda:0", "candy:1"]
// expect: [150, 200, 100]
