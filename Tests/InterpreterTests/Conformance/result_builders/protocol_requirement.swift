@resultBuilder
struct TextBuilder {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "\n") }
    static func buildEither(first part: String) -> String { part }
    static func buildEither(second part: String) -> String { part }
}

protocol Widget {
    @TextBuilder var body: String { get }
}

struct Greeting: Widget {
    let name: String
    var formal: Bool
    var body: String {
        "Hello, \(name)"
        if formal {
            "Kind regards"
        } else {
            "Cheers"
        }
    }
}

struct Banner: Widget {
    var body: String {
        "*****"
        "SALE"
        "*****"
    }
}

let widgets: [Widget] = [Greeting(name: "Eve", formal: true), Greeting(name: "Max", formal: false), Banner()]
for w in widgets {
    print(w.body)
    print("--")
}

// expect: Hello, Eve
// expect: Kind regards
// expect: --
// expect: Hello, Max
// expect: Cheers
// expect: --
// expect: *****
// expect: SALE
// expect: *****
// expect: --
