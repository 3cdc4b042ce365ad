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

extension DeclaredNames {
    /// Every name a cell declares anywhere (`func`, types, `let`, `var`, `case`), for excluding
    /// the key's own names from the names its tests take from the host.
    static func allDeclared(in source: String) -> Set<String> {
        var names: Set<String> = []
        let words = CodeWords.identifiers(in: source)
        for (i, word) in words.enumerated() where i + 1 < words.count {
            if keywords.contains(word.text) || ["let", "var", "case"].contains(word.text) {
                names.insert(words[i + 1].text)
            }
        }
        return names
    }

    /// Capitalised names a test uses that are not members (`.relu`) — in practice the types it
    /// takes from the host (`Sequential`, `Tensor`) or the standard library.
    static func capitalizedNames(in source: String) -> Set<String> {
        var names: Set<String> = []
        for word in CodeWords.identifiers(in: source) where !word.afterDot {
            if let first = word.text.unicodeScalars.first, ("A"..."Z").contains(first), word.text != "Self" {
                names.insert(word.text)
            }
        }
        return names
    }
}

/// The identifiers of Swift source, skipping string literals and comments (a light scan, no parse).
enum CodeWords {
    struct Word {
        var text: String
        /// Preceded by `.` (a member, not a name in scope).
        var afterDot: Bool
    }

    static func identifiers(in source: String) -> [Word] {
        var words: [Word] = []
        let chars = Array(source.unicodeScalars)
        var i = 0
        var lastSignificant: Unicode.Scalar = " "
        func isStart(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" }
        func isPart(_ c: Unicode.Scalar) -> Bool { isStart(c) || ("0"..."9").contains(c) }
        while i < chars.count {
            let c = chars[i]
            if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count, !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else if c == "\"" {
                // Strings (interpolations included) are skipped whole; names inside `\( )` are rare in tests.
                let triple = i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\""
                i += triple ? 3 : 1
                while i < chars.count {
                    if chars[i] == "\\" { i += 2; continue }
                    if triple, i + 2 < chars.count, chars[i] == "\"", chars[i + 1] == "\"", chars[i + 2] == "\"" { i += 3; break }
                    if !triple, chars[i] == "\"" || chars[i] == "\n" { i += 1; break }
                    i += 1
                }
                lastSignificant = "\""
            } else if isStart(c) {
                var text = ""
                while i < chars.count, isPart(chars[i]) { text.unicodeScalars.append(chars[i]); i += 1 }
                words.append(Word(text: text, afterDot: lastSignificant == "."))
                lastSignificant = "a"
            } else {
                if c != " ", c != "\t", c != "\n", c != "\r" { lastSignificant = c }
                i += 1
            }
        }
        return words
    }
}
