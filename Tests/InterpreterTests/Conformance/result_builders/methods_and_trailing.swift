@resultBuilder
struct Words {
    static func buildBlock(_ parts: [String]...) -> [String] { parts.flatMap { $0 } }
    static func buildExpression(_ s: String) -> [String] { [s] }
    static func buildArray(_ parts: [[String]]) -> [String] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [String]?) -> [String] { part ?? [] }
}

final class Menu {
    var entries: [String] = []
    let prefix: String
    init(prefix: String) { self.prefix = prefix }

    func add(@Words _ make: () -> [String]) {
        entries += make().map { prefix + $0 }
    }

    func section(_ name: String, @Words items: (Int) -> [String]) {
        entries.append("[\(name)]")
        entries += items(entries.count)
    }

    @Words func extras(loud: Bool) -> [String] {
        "help"
        if loud { "QUIT" }
    }
}

let m = Menu(prefix: "> ")
m.add {
    "open"
    "save"
}
m.section("numbers") { n in
    "count \(n)"
    for i in 1...2 { "item \(i)" }
}
m.add { for e in m.extras(loud: true) { e } }
for e in m.entries { print(e) }
print(m.extras(loud: false))

// expect: > open
// expect: > save
// expect: [numbers]
// expect: count 3
// expect: item 1
// expect: item 2
// expect: > help
// expect: > QUIT
// expect: ["help"]
