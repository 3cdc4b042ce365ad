import Foundation

@resultBuilder
struct LinesBuilder {
    static func buildBlock(_ lines: [String]...) -> [String] { lines.flatMap { $0 } }
    static func buildExpression(_ line: String) -> [String] { [line] }
    static func buildOptional(_ lines: [String]?) -> [String] { lines ?? [] }
    static func buildArray(_ groups: [[String]]) -> [String] { groups.flatMap { $0 } }
}

struct Card {
    let title: String
    let lines: [String]

    init(_ title: String, @LinesBuilder body: () -> [String]) {
        self.title = title
        self.lines = body()
    }

    func render() {
        print("== \(title) ==")
        for (i, line) in lines.enumerated() { print("\(i + 1). \(line)") }
    }
}

let steps = ["boil water", "add tea", "wait"]
let card = Card("Tea") {
    "Get a cup"
    for s in steps { s.capitalized }
    if steps.count > 2 { "Enjoy" }
}
card.render()

let labelled = Card("Short", body: { "only one" })
labelled.render()

// expect: == Tea ==
// expect: 1. Get a cup
// expect: 2. Boil Water
// expect: 3. Add Tea
// expect: 4. Wait
// expect: 5. Enjoy
// expect: == Short ==
// expect: 1. only one
