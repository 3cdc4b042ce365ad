@resultBuilder
struct Csv {
    static func buildBlock(_ cells: String...) -> String { cells.joined(separator: ";") }
    static func buildExpression(_ s: String) -> String { s }
    static func buildExpression(_ n: Int) -> String { String(n) }
    static func buildEither(first c: String) -> String { c }
    static func buildEither(second c: String) -> String { c }
}

protocol Exportable {
    @Csv func row() -> String
}

struct Item: Exportable {
    let name: String
    let qty: Int
    func row() -> String {
        name
        qty
        if qty > 10 { "bulk" } else { "single" }
    }
}

struct Sheet {
    let items: [Item]
    @Csv subscript(i: Int) -> String {
        "#\(i)"
        items[i].row()
    }
    @Csv static func header() -> String {
        "name"
        "qty"
        "kind"
    }
}

enum Mode {
    case on, off
    @Csv var label: String {
        switch self {
        case .on: "ON"
        case .off: "OFF"
        }
        0
    }
}

let sheet = Sheet(items: [Item(name: "nut", qty: 40), Item(name: "bolt", qty: 2)])
print(Sheet.header())
print(sheet[0])
print(sheet[1])
print(Mode.on.label, Mode.off.label)
let rows: [Exportable] = sheet.items
print(rows.map { $0.row() })

// expect: name;qty;kind
// expect: #0;nut;40;bulk
// expect: #1;bolt;2;single
// expect: ON;0 OFF;0
// expect: ["nut;40;bulk", "bolt;2;single"]
