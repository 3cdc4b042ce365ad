import Foundation

/// Swaps `$…$` and `$$…$$` for placeholders before Markdown rendering, so that cmark's escapes
/// and emphasis never touch TeX, then puts the TeX back as KaTeX-ready HTML.
struct MathProtector {
    struct Span: Equatable {
        var tex: String
        var display: Bool
    }

    private(set) var spans: [Span] = []

    /// The Markdown with math replaced by `NBRUNMATH<n>Z` placeholders (code left alone).
    mutating func protect(_ markdown: String) -> String {
        let chars = Array(markdown)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        var atLineStart = true
        var inFence: String? = nil
        while i < chars.count {
            if atLineStart {
                let line = lineAt(chars, i)
                let trimmed = line.drop { $0 == " " }
                let fence = fenceMarker(String(trimmed))
                if let open = inFence {
                    if let fence, fence.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first || $0 == " " || $0 == "\n" || $0 == "\r" }) { inFence = nil }
                    out += line
                    i += line.count
                    continue
                } else if let fence, line.count - trimmed.count <= 3 {
                    inFence = fence
                    out += line
                    i += line.count
                    continue
                }
            }
            let c = chars[i]
            atLineStart = c == "\n"
            if c == "\\", i + 1 < chars.count {
                out.append(c)
                out.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "`" {
                let run = runLength(chars, i, of: "`")
                if let close = findBacktickRun(chars, from: i + run, length: run) {
                    out += String(chars[i..<(close + run)])
                    i = close + run
                } else {
                    out += String(repeating: "`", count: run)
                    i += run
                }
                continue
            }
            if c == "$", let (span, next) = mathSpan(chars, at: i) {
                out += "NBRUNMATH\(spans.count)Z"
                spans.append(span)
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Replaces placeholders in rendered HTML with math elements holding escaped TeX, in one pass.
    /// Display math alone in a paragraph becomes a `div`; anything else a `span`.
    func restore(_ html: String) -> String {
        substitute(in: html) { span, before, after in
            let tex = XMLEscaping.html(span.tex)
            guard span.display else { return ("<span class=\"math inline\">\(tex)</span>", 0, 0) }
            if before.hasSuffix("<p>") && after.hasPrefix("</p>") {
                return ("<div class=\"math display\">\(tex)</div>", 3, 4)
            }
            return ("<span class=\"math display\">\(tex)</span>", 0, 0)
        }
    }

    /// The parsed prose with placeholders in text turned into `.math` inlines; display math alone
    /// in its paragraph becomes a `.mathBlock`. Raw HTML gets its math back as HTML elements.
    func restore(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard !spans.isEmpty else { return blocks }
        return blocks.map(restore)
    }

    private func restore(_ block: MarkdownBlock) -> MarkdownBlock {
        switch block {
        case .paragraph(let inlines):
            let restored = restore(inlines)
            let visible = restored.filter { if case .text(let s) = $0 { !s.allSatisfy(\.isWhitespace) } else { $0 != .softBreak } }
            if visible.count == 1, case .math(let tex, display: true) = visible[0] { return .mathBlock(tex) }
            return .paragraph(restored)
        case .heading(let level, let inlines): return .heading(level: level, restore(inlines))
        case .blockQuote(let blocks): return .blockQuote(blocks.map(restore))
        case .list(var list):
            list.items = list.items.map { MarkdownListItem(task: $0.task, blocks: $0.blocks.map(restore)) }
            return .list(list)
        case .html(let html): return .html(restore(html))
        case .table(var table):
            table.header = table.header.map(restore)
            table.rows = table.rows.map { $0.map(restore) }
            return .table(table)
        case .footnoteDefinition(let number, let blocks): return .footnoteDefinition(number: number, blocks.map(restore))
        case .codeBlock, .thematicBreak, .mathBlock: return block
        }
    }

    private func restore(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        for inline in inlines {
            switch inline {
            case .text(let text) where text.contains("NBRUNMATH"): out += split(text)
            case .emphasis(let c): out.append(.emphasis(restore(c)))
            case .strong(let c): out.append(.strong(restore(c)))
            case .strikethrough(let c): out.append(.strikethrough(restore(c)))
            case .link(let destination, let title, let c): out.append(.link(destination: destination, title: title, restore(c)))
            case .image(let source, let title, let alt): out.append(.image(source: source, title: title, alt: restore(alt)))
            case .html(let html): out.append(.html(restore(html)))
            default: out.append(inline)
            }
        }
        return out
    }

    /// A text with placeholders as text and math inlines.
    private func split(_ text: String) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        var pending = ""
        var rest = text[...]
        while let found = rest.range(of: "NBRUNMATH") {
            let afterToken = rest[found.upperBound...]
            let digits = afterToken.prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits), index < spans.count, afterToken.dropFirst(digits.count).first == "Z" else {
                pending += rest[..<found.upperBound]
                rest = afterToken
                continue
            }
            pending += rest[..<found.lowerBound]
            if !pending.isEmpty { out.append(.text(pending)) }
            pending = ""
            out.append(.math(spans[index].tex, display: spans[index].display))
            rest = afterToken.dropFirst(digits.count + 1)
        }
        pending += rest
        if !pending.isEmpty { out.append(.text(pending)) }
        return out
    }

    /// Replaces placeholders in plain text (headings for the table of contents) with the TeX.
    func restorePlain(_ text: String) -> String {
        substitute(in: text) { span, _, _ in (span.tex, 0, 0) }
    }

    /// Walks `text` once; for each placeholder, `replace` gives the replacement and how many
    /// characters to drop just before and just after it (a wrapping `<p>`…`</p>`).
    private func substitute(in text: String,
                            _ replace: (Span, Substring, Substring) -> (String, dropBefore: Int, dropAfter: Int)) -> String {
        guard !spans.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let found = rest.range(of: "NBRUNMATH") {
            let before = rest[..<found.lowerBound]
            let afterToken = rest[found.upperBound...]
            let digits = afterToken.prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits), index < spans.count, afterToken.dropFirst(digits.count).first == "Z" else {
                out += rest[..<found.upperBound]
                rest = afterToken
                continue
            }
            let after = afterToken.dropFirst(digits.count + 1)
            let (replacement, dropBefore, dropAfter) = replace(spans[index], before, after)
            out += before.dropLast(dropBefore)
            out += replacement
            rest = after.dropFirst(dropAfter)
        }
        out += rest
        return out
    }

    /// Pandoc's rule: `$$…$$` anywhere; `$x$` needs non-space inside both dollars and no digit after.
    private func mathSpan(_ chars: [Character], at start: Int) -> (Span, Int)? {
        if start + 1 < chars.count, chars[start + 1] == "$" {
            var j = start + 2
            while j + 1 < chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if chars[j] == "$", chars[j + 1] == "$" {
                    let tex = String(chars[(start + 2)..<j]).trimmingCharacters(in: .whitespacesAndNewlines)
                    return tex.isEmpty ? nil : (Span(tex: tex, display: true), j + 2)
                }
                j += 1
            }
            return nil
        }
        guard start + 1 < chars.count, !chars[start + 1].isWhitespace else { return nil }
        var j = start + 1
        while j < chars.count, chars[j] != "\n" {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$" {
                let closesOnSpace = chars[j - 1].isWhitespace
                let digitAfter = j + 1 < chars.count && chars[j + 1].isNumber
                guard !closesOnSpace, !digitAfter else { return nil }
                return (Span(tex: String(chars[(start + 1)..<j]), display: false), j + 1)
            }
            j += 1
        }
        return nil
    }

    private func lineAt(_ chars: [Character], _ i: Int) -> String {
        var j = i
        while j < chars.count, chars[j] != "\n" { j += 1 }
        return String(chars[i..<min(j + 1, chars.count)])
    }

    private func fenceMarker(_ trimmed: String) -> String? {
        if trimmed.hasPrefix("```") { return String(trimmed.prefix { $0 == "`" }) }
        if trimmed.hasPrefix("~~~") { return String(trimmed.prefix { $0 == "~" }) }
        return nil
    }

    private func runLength(_ chars: [Character], _ i: Int, of c: Character) -> Int {
        var j = i
        while j < chars.count, chars[j] == c { j += 1 }
        return j - i
    }

    private func findBacktickRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == "`" {
                let run = runLength(chars, j, of: "`")
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }
}
