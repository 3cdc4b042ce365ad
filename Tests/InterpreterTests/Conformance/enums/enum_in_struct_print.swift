enum Kind { case small, large }
struct Order {
    var kind: Kind
    var count: Int
}
print(Order(kind: .large, count: 2))

// expect: Order(kind: main.Kind.large, count: 2)
