struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}

var s = Stack<Double>()
s.push(1)
s.push(2.5)
print(s.items)
var t: Stack<Double> = Stack()
t.push(3)
print(t.items)
let u = Stack<Double>(items: [1, 2])
print(u.items)
print(s)

// expect: [1.0, 2.5]
// expect: [3.0]
// expect: [1.0, 2.0]
// expect: Stack<Double>(items: [1.0, 2.5])
