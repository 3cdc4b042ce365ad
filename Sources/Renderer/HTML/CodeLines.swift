/// Splits highlighted code into one `<span class="line">` per source line, closing and reopening
/// the highlighter's spans at line breaks so every line is balanced HTML. Used only for cells that
/// show line numbers or a failing line: other cells keep the plain highlighted text (page weight).
enum CodeLines {
    /// `highlighted` is `CodeHighlighter` output (spans only, text escaped); `marked` is a 1-based
    /// line that gets `error-line`.
    static func wrap(_ highlighted: String, marked: Int?) -> String {
        var out = ""
        var open: [Substring] = []  // opening tags of spans still open at this point
        var line = 1
        func start() { out += line == marked ? "<span class=\"line error-line\">" : "<span class=\"line\">" }
        start()
        var rest = Substring(highlighted)
        while let index = rest.firstIndex(where: { $0 == "<" || $0 == "\n" }) {
            out += rest[..<index]
            if rest[index] == "\n" {
                out += String(repeating: "</span>", count: open.count) + "</span>\n"
                line += 1
                start()
                out += open.joined()
                rest = rest[rest.index(after: index)...]
                continue
            }
            guard let close = rest[index...].firstIndex(of: ">") else { break }
            let tag = rest[index...close]
            if tag.hasPrefix("</") { _ = open.popLast() } else if !tag.hasSuffix("/>") { open.append(tag) }
            out += tag
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out + String(repeating: "</span>", count: open.count) + "</span>"
    }
}
