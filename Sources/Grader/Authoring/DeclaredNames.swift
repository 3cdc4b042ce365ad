/// Names a cell declares at top level, found by a line scan (no parse needed: a name too many
/// only forbids students one more top-level name).
enum DeclaredNames {
    static let keywords: Set<String> = ["func", "struct", "class", "enum", "protocol", "typealias", "actor"]
    static let modifiers: Set<String> = ["private", "fileprivate", "internal", "public", "final", "static", "indirect", "@discardableResult"]

    /// Functions and types declared on unindented lines: `func near(…)`, `struct Helper`.
    static func topLevelFunctionsAndTypes(in source: String) -> Set<String> {
        var names: Set<String> = []
        for line in source.split(separator: "\n") {
            guard let first = line.first, first != " ", first != "\t" else { continue }
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let word = words.first, modifiers.contains(String(word)) { words = words.dropFirst() }
            guard let keyword = words.first, keywords.contains(String(keyword)), words.count > 1 else { continue }
            let nameWord = words[words.startIndex + 1]
            let name = nameWord.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }
}
