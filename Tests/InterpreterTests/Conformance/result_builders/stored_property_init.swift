@resultBuilder
struct RowBuilder {
    static func buildBlock(_ cells: String...) -> [String] { cells }
    static func buildExpression(_ s: String) -> String { s }
    static func buildExpression(_ d: Double) -> String { String(d) }
}

struct Row {
    var name: String
    @RowBuilder var cells: () -> [String]

    func show() { print(name + ": " + cells().joined(separator: " | ")) }
}

let price = 2.5
let r = Row(name: "apple") {
    "fruit"
    price
    price * 2
}
r.show()
let s = Row(name: "pear", cells: { "green" })
s.show()

// expect: apple: fruit | 2.5 | 5.0
// expect: pear: green
