import NotebookModel

/// A notebook's raw text as lines that keep their exact bytes (a `\r` before `\n` stays on its line),
/// so editing a few lines leaves everything else byte-identical.
struct NotebookLines {
    /// The lines without their `\n`; line k (1-based) is `lines[k - 1]`.
    var lines: [String]
    /// Whether the text ended with `\n` (then the split leaves an empty last element we drop).
    var endsWithNewline: Bool

    init(_ text: String) {
        // Split on the scalar: Swift's Character "\r\n" is one grapheme and would not match "\n".
        var parts = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        endsWithNewline = text.unicodeScalars.last == "\n"
        if endsWithNewline { parts.removeLast() }
        lines = parts
    }

    var count: Int { lines.count }

    /// Line `number` (1-based), or nil past the end.
    subscript(number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The text again; `replacements` maps a 1-based line to what replaces it (possibly nothing).
    func joined(replacing replacements: [Int: [String]]) -> String {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated() {
            if let replacement = replacements[offset + 1] {
                out.append(contentsOf: replacement)
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n") + (endsWithNewline && !out.isEmpty ? "\n" : "")
    }

    /// The 1-based line of the fence that closes the cell opened at `fenceLine` (CommonMark rules:
    /// same character, at least as long, at most 3 spaces of indent, nothing after it), or the last
    /// line when the document ends first (CommonMark closes the block there).
    func closingFence(of fenceLine: Int) -> Int {
        guard let opening = self[fenceLine] else { return fenceLine }
        let openIndent = opening.prefix { $0 == " " }
        let marker = opening.dropFirst(openIndent.count)
        guard let fenceChar = marker.first else { return lines.count }
        let fenceLength = marker.prefix { $0 == fenceChar }.count
        var number = fenceLine + 1
        while let line = self[number] {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let run = rest.prefix { $0 == fenceChar }.count
            if indent <= 3, run >= fenceLength, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                return number
            }
            number += 1
        }
        return lines.count
    }

    /// Whether line `number` exists and holds only whitespace.
    func isBlank(_ number: Int) -> Bool {
        guard let line = self[number] else { return false }
        return line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
}
