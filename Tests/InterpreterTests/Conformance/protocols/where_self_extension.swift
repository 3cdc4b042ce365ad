protocol Item {
    var label: String { get }
}

protocol Priced {
    var price: Int { get }
}

extension Item where Self: Priced {
    func tag() -> String { "\(label): $\(price)" }
}

extension Item {
    func plain() -> String { "[\(label)]" }
}

struct Apple: Item, Priced {
    var label: String { "apple" }
    var price: Int { 2 }
}

struct Pebble: Item {
    var label: String { "pebble" }
}

print(Apple().tag())
print(Apple().plain(), Pebble().plain())

// expect: apple: $2
// expect: [apple] [pebble]
