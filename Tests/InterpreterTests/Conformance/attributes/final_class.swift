final class Node {
    final var value: Int
    init(_ v: Int) { value = v }
    final func doubled() -> Int { value * 2 }
}
let n = Node(21)
print(n.doubled())
class Shape {
    final let sides: Int
    init(sides: Int) { self.sides = sides }
    class func describe() -> String { "shape" }
}
print(Shape(sides: 3).sides, Shape.describe())

// expect: 42
// expect: 3 shape
