// Linked list: a generic doubly linked deque with push/pop at both ends.
final class Deque<Element> {
    private final class Node {
        var value: Element
        var next: Node?
        weak var previous: Node?
        init(_ value: Element) { self.value = value }
    }

    private var head: Node?
    private var tail: Node?
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    func push(_ value: Element) {
        let node = Node(value)
        node.previous = tail
        tail?.next = node
        tail = node
        if head == nil { head = node }
        count += 1
    }

    func unshift(_ value: Element) {
        let node = Node(value)
        node.next = head
        head?.previous = node
        head = node
        if tail == nil { tail = node }
        count += 1
    }

    @discardableResult
    func pop() -> Element? {
        guard let node = tail else { return nil }
        tail = node.previous
        tail?.next = nil
        if tail == nil { head = nil }
        count -= 1
        return node.value
    }

    @discardableResult
    func shift() -> Element? {
        guard let node = head else { return nil }
        head = node.next
        head?.previous = nil
        if head == nil { tail = nil }
        count -= 1
        return node.value
    }

    var values: [Element] {
        var result: [Element] = []
        var node = head
        while let n = node {
            result.append(n.value)
            node = n.next
        }
        return result
    }
}
// cell
let deque = Deque<Int>()
deque.push(10)
deque.push(20)
print(deque.pop() ?? -1, deque.pop() ?? -1, deque.pop() as Any)
deque.push(1); deque.push(2); deque.unshift(0)
print(deque.values, deque.count)
print(deque.shift() ?? -1, deque.values)
deque.unshift(7)
deque.pop()
print(deque.values, deque.isEmpty)
deque.shift(); deque.shift()
print(deque.values, deque.isEmpty, deque.count)

let names = Deque<String>()
for n in ["ada", "grace", "barbara"] { names.unshift(n) }
print(names.values)
while let n = names.shift() { print("served", n) }
print(names.count)

// expect: 20 10 nil
// expect: [0, 1, 2] 3
// expect: 0 [1, 2]
// expect: [7, 1] false
// expect: [] true 0
// expect: ["barbara", "grace", "ada"]
// expect: served barbara
// expect: served grace
// expect: served ada
// expect: 0
