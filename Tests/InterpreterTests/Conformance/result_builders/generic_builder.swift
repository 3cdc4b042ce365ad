@resultBuilder
struct ListOf<Element> {
    static func buildBlock(_ parts: [Element]...) -> [Element] { parts.flatMap { $0 } }
    static func buildExpression(_ e: Element) -> [Element] { [e] }
    static func buildArray(_ parts: [[Element]]) -> [Element] { parts.flatMap { $0 } }
}

@ListOf<Int> func squares(_ n: Int) -> [Int] {
    0
    for i in 1...n { i * i }
}

func words(@ListOf<String> _ make: () -> [String]) -> String { make().joined(separator: "-") }

print(squares(4))
print(words {
    "x"
    for c in ["y", "z"] { c.uppercased() }
})

// expect: [0, 1, 4, 9, 16]
// expect: x-Y-Z
