struct Stack<Element> {
    var items: [Element] = []

    mutating func push(_ x: Element) { items.append(x) }

    mutating func pop() -> Element? { items.popLast() }

    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}

var s = Stack<Int>()
s.push(1)
s.push(2)
s.push(3)
print(s.pop()!, s.count, s.top!)
var words = Stack<String>()
words.push("a")
print(words.isEmpty, words.top ?? "none")
_ = words.pop()
print(words.isEmpty, words.top ?? "none")

// expect: 3 2 2
// expect: false a
// expect: true none
