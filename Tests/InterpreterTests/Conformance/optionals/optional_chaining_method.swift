class Node {
    var value: Int
    var next: Node?
    init(_ value: Int) { self.value = value }
    func doubled() -> Int { return value * 2 }
}
let n = Node(1)
n.next = Node(2)
print(n.next?.value)
print(n.next?.next?.value)
print(n.next?.doubled())

// expect: Optional(2)
// expect: nil
// expect: Optional(4)
