struct Stack {
    var items: [Int] = []
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? {
        if isEmpty { return nil }
        return items.removeLast()
    }
}
var s = Stack()
s.push(1)
s.push(2)
print(s.pop()!, s.pop()!, s.pop() == nil)

// expect: 2 1 true
