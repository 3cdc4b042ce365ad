// Writes through the class reference a method or a get-only property returns, and overloads
// told apart by parameter type on a receiver whose type is known only at run time.
final class Node {
    var value: String
    var next: Node?
    init(_ value: String) { self.value = value }
}

final class Chain {
    var head: Node?
    var last: Node? {
        var n = head
        while let next = n?.next { n = next }
        return n
    }
    func node(at index: Int) -> Node {
        var n = head!
        for _ in 0..<index { n = n.next! }
        return n
    }
    func append(_ value: String) { append(Node(value)) }
    func append(_ node: Node) {
        if let last { last.next = node } else { head = node }
    }
    func append(_ other: Chain) {
        var n = other.head
        while let current = n { append(current.value); n = current.next }
    }
    var values: [String] {
        var out: [String] = []
        var n = head
        while let current = n { out.append(current.value); n = current.next }
        return out
    }
}

let chain = Chain()
chain.append("a")
chain.append(Node("b"))
let more = Chain()
more.append("c")
chain.append(more)
chain.node(at: 1).value = "B"
chain.last?.value = "C"
chain.last?.next = Node("d")
print(chain.values)

// expect: ["a", "B", "C", "d"]
