@resultBuilder
struct MarkupBuilder {
    static func buildBlock(_ parts: String...) -> String { parts.joined() }
    static func buildOptional(_ part: String?) -> String { part ?? "" }
    static func buildEither(first part: String) -> String { part }
    static func buildEither(second part: String) -> String { part }
    static func buildArray(_ parts: [String]) -> String { parts.joined() }
}

func tag(_ name: String, @MarkupBuilder _ content: () -> String) -> String {
    "<\(name)>" + content() + "</\(name)>"
}

func page(title: String, items: [String], footer: Bool) -> String {
    tag("html") {
        tag("head") { tag("title") { title } }
        tag("body") {
            tag("h1") { title.uppercased() }
            if items.isEmpty {
                tag("p") { "nothing here" }
            } else {
                tag("ul") {
                    for item in items {
                        tag("li") { item }
                    }
                }
            }
            if footer {
                tag("footer") { "bye" }
            }
        }
    }
}

print(page(title: "Fruit", items: ["apple", "pear"], footer: true))
print(page(title: "Empty", items: [], footer: false))

// expect: <html><head><title>Fruit</title></head><body><h1>FRUIT</h1><ul><li>apple</li><li>pear</li></ul><footer>bye</footer></body></html>
// expect: <html><head><title>Empty</title></head><body><h1>EMPTY</h1><p>nothing here</p></body></html>
