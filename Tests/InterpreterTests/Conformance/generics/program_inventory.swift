protocol Identified {
    var id: Int { get }
}

struct Registry<Item: Identified> {
    private var items: [Int: Item] = [:]
    private(set) var order: [Int] = []

    mutating func add(_ item: Item) -> Bool {
        if items[item.id] != nil { return false }
        items[item.id] = item
        order.append(item.id)
        return true
    }

    func find(_ id: Int) -> Item? { items[id] }

    var all: [Item] { order.compactMap { items[$0] } }

    var count: Int { order.count }
}

struct Part: Identified, CustomStringConvertible {
    let id: Int
    var name: String
    var qty: Int
    var description: String { "#\(id) \(name) x\(qty)" }
}

struct Tool: Identified {
    let id: Int
    var label: String
}

var parts = Registry<Part>()
print(parts.add(Part(id: 7, name: "bolt", qty: 100)))
print(parts.add(Part(id: 3, name: "nut", qty: 250)))
print(parts.add(Part(id: 7, name: "dup", qty: 1)))
print(parts.count, parts.all)
print(parts.find(3)?.name ?? "missing", parts.find(9)?.name ?? "missing")

var tools = Registry<Tool>()
_ = tools.add(Tool(id: 1, label: "hammer"))
print(tools.all.map { $0.label })

func totalQuantity(_ r: Registry<Part>) -> Int {
    r.all.reduce(0) { $0 + $1.qty }
}
print(totalQuantity(parts))

// expect: true
// expect: true
// expect: false
// expect: 2 [#7 bolt x100, #3 nut x250]
// expect: nut missing
// expect: ["hammer"]
// expect: 350
