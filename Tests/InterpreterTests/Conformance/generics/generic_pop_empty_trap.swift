struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element { items.removeLast() }
}

var s = Stack<Int>()
s.push(4)
print(s.pop())
print(s.pop())

// expect: 4
// expect error: 4: Can't remove last element from an empty collection
