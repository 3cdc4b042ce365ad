class Product {
    let name: String
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
    deinit { print("product \(name) released") }
}
class CartItem: Product {
    let quantity: Int
    init?(name: String, quantity: Int) {
        if quantity < 1 { return nil }
        self.quantity = quantity
        super.init(name: name)
    }
}
for (n, q) in [("sock", 2), ("shirt", 0), ("", 1)] {
    if let item = CartItem(name: n, quantity: q) {
        print("item: \(item.name), qty \(item.quantity)")
    } else {
        print("unable to initialize (\(n.isEmpty ? "no name" : n), \(q))")
    }
}
class Shape {
    let label: String
    required init(label: String) { self.label = label }
    class func make() -> Self { Self(label: String(describing: self)) }
    class var kind: String { "shape" }
}
class Circle: Shape {
    required init(label: String) { super.init(label: label + "()") }
    override class var kind: String { "circle" }
}
print(Shape.make().label, Circle.make().label, type(of: Circle.make()), Circle.kind)

// expect: item: sock, qty 2
// expect: product sock released
// expect: unable to initialize (shirt, 0)
// expect: unable to initialize (no name, 1)
// expect: Shape Circle() Circle circle
