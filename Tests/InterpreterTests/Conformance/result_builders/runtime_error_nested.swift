@resultBuilder
struct Texts {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: ",") }
    static func buildOptional(_ part: String?) -> String { part ?? "" }
    static func buildArray(_ parts: [String]) -> String { parts.joined() }
}

func render(@Texts _ body: () -> String) -> String { body() }

let table: [String: Int] = ["a": 1]
let keys = ["a", "b"]
print(render {
    "start"
    if !keys.isEmpty {
        "keys"
        for k in keys {
            "\(k)=\(table[k]!)"
        }
    }
})

// expect error: 17:29: Unexpectedly found nil
