struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}

extension Stack {
    var topItem: Element? { items.last }
}

extension Stack where Element: Equatable {
    func isTop(_ x: Element) -> Bool { items.last == x }
    func contains(_ x: Element) -> Bool { items.contains(x) }
}

var s = Stack<String>()
s.push("x")
s.push("y")
print(s.topItem ?? "-", s.isTop("y"), s.isTop("x"), s.contains("x"))

// expect: y true false true
