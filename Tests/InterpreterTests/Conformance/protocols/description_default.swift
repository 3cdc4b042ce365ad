protocol Entity: CustomStringConvertible {
    var kind: String { get }
    var id: Int { get }
}

extension Entity {
    var description: String { "\(kind)#\(id)" }
}

struct User: Entity {
    var id: Int
    var kind: String { "user" }
}

struct Order: Entity {
    var id: Int
    var kind: String { "order" }
    var description: String { "Order \(id)" }
}

print(User(id: 7))
print(Order(id: 3))
print([User(id: 1)])
print("\(User(id: 2)) and \(Order(id: 4))")

// expect: user#7
// expect: Order 3
// expect: [user#1]
// expect: user#2 and Order 4
