protocol Container {
    associatedtype Item
    var items: [Item] { get }
    mutating func add(_ item: Item)
}

extension Container {
    var size: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
}

struct IntBag: Container {
    typealias Item = Int
    var items: [Int] = []
    mutating func add(_ item: Int) { items.append(item) }
}

struct Words: Container {
    var items: [String] = []
    mutating func add(_ item: String) { items.append(item.lowercased()) }
}

var b = IntBag()
b.add(3)
b.add(4)
print(b.items, b.size, b.isEmpty)
var w = Words()
print(w.isEmpty)
w.add("Hello")
print(w.items, w.size)

// expect: [3, 4] 2 false
// expect: true
// expect: ["hello"] 1
