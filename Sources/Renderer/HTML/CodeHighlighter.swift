import NotebookModel
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Swift source → HTML with `<span class="hl-…">` from swift-syntax's classification.
///
/// Only classified tokens get spans; capitalized identifiers count as types and other identifiers
/// directly followed by `(` as calls (`hl-fn`), so `Dense(…)` and `fit(…)` stand out. Text between ranges is copied escaped.
public enum CodeHighlighter {
    public static func html(_ source: String) -> String {
        // swift-syntax's parse time doubles with each `[` in a row (the interpreter refuses such
        // cells for the same reason, see Interpreter's ParseGuard): show them unhighlighted.
        // Past 64 KiB a cell is generated, not written (the unoptimized parser takes seconds on
        // a 100,000-term sum): shown as plain text, as GitHub stops highlighting huge files.
        if source.utf8.count > 64 << 10 || longestBracketRun(source) > 12 { return XMLEscaping.text(source) }
        // Parsing and classifying recurse as deep as the code nests: a deep stack, whatever
        // thread calls (the page's, a build job's, a dispatch worker's).
        return LargeStack.run { highlighted(source) }
    }

    static func highlighted(_ source: String) -> String {
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        var cursor = 0
        func plain(_ from: Int, _ to: Int) {
            guard from < to else { return }
            out += XMLEscaping.text(String(decoding: bytes[from..<to], as: UTF8.self))
        }
        for range in tree.classifications {
            let start = min(max(range.range.lowerBound.utf8Offset, cursor), bytes.count)
            let end = min(max(range.range.upperBound.utf8Offset, start), bytes.count)
            plain(cursor, start)
            let text = XMLEscaping.text(String(decoding: bytes[start..<end], as: UTF8.self))
            var cssClass = className(range.kind)
            if range.kind == .identifier {
                // No type information at this point: by Swift convention capitalized names are types
                // (`Sequential(…)`, `Dense(…)`), other names followed by `(` are calls.
                if let first = text.first, first.isUppercase {
                    cssClass = "hl-type"
                } else if end < bytes.count, bytes[end] == UInt8(ascii: "(") {
                    cssClass = "hl-fn"
                }
            }
            if let cssClass, !text.isEmpty {
                out += "<span class=\"\(cssClass)\">" + text + "</span>"
            } else {
                out += text
            }
            cursor = end
        }
        plain(cursor, bytes.count)
        return out
    }

    /// The most `[` in a row in `source`, whitespace between them allowed.
    static func longestBracketRun(_ source: String) -> Int {
        var run = 0, longest = 0
        for byte in source.utf8 {
            switch byte {
            case UInt8(ascii: "["):
                run += 1
                longest = max(longest, run)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): break
            default: run = 0
            }
        }
        return longest
    }

    static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: return "hl-kw"
        case .type: return "hl-type"
        case .integerLiteral, .floatLiteral: return "hl-num"
        case .stringLiteral, .regexLiteral: return "hl-str"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "hl-com"
        case .attribute: return "hl-attr"
        case .argumentLabel: return "hl-label"
        case .dollarIdentifier: return "hl-var"
        case .ifConfigDirective: return "hl-kw"
        case .operator: return "hl-op"
        case .editorPlaceholder: return "hl-ph"
        case .identifier, .none: return nil
        @unknown default: return nil
        }
    }
}
