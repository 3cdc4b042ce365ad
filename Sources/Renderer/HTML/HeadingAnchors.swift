import NotebookModel
/// Gives every `<h1>`…`<h6>` in prose HTML an `id` (kept when present) and collects the TOC.
///
/// Works on cmark's output shape (`<h2>text</h2>`, possibly with attributes); ids are slugs of the
/// heading text, made unique within the page with `-2`, `-3`, ….
struct HeadingAnchors {
    /// Ids already used on the page (cell ids included), to keep anchors unique.
    var used: Set<String> = []

    mutating func process(_ html: String) -> (html: String, entries: [TocEntry]) {
        var out = ""
        var entries: [TocEntry] = []
        var rest = Substring(html)
        while let open = Self.findHeadingOpen(in: rest) {
            out += rest[..<open.start]
            let level = open.level
            let afterOpen = rest[open.tagEnd...]
            guard let close = afterOpen.range(of: "</h\(level)>") else {
                out += rest[open.start...]
                rest = rest[rest.endIndex...]
                break
            }
            let inner = afterOpen[..<close.lowerBound]
            let attributes = String(rest[open.attributesStart..<rest.index(before: open.tagEnd)])
            let text = Self.plainText(String(inner))
            var id = Self.attribute("id", in: attributes)
            if id == nil {
                id = unique(Self.slug(text))
                out += "<h\(level) id=\"\(XMLEscaping.attribute(id ?? ""))\"" + attributes + ">"
            } else {
                used.insert(id ?? "")
                out += rest[open.start..<open.tagEnd]
            }
            out += inner + "</h\(level)>"
            entries.append(TocEntry(level: level, text: text, anchor: id ?? ""))
            rest = afterOpen[close.upperBound...]
        }
        out += rest
        return (out, entries)
    }

    mutating func unique(_ base: String) -> String {
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    struct Open {
        var start: Substring.Index
        var attributesStart: Substring.Index
        var tagEnd: Substring.Index
        var level: Int
    }

    /// The next `<hN` or `<hN …>` opening tag.
    static func findHeadingOpen(in text: Substring) -> Open? {
        var search = text[...]
        while let lt = search.firstIndex(of: "<") {
            let afterLT = search.index(after: lt)
            let tail = search[afterLT...]
            if tail.count >= 2, let h = tail.first, h == "h" || h == "H",
               let digit = tail.dropFirst().first, let level = digit.wholeNumberValue, (1...6).contains(level) {
                let afterDigit = tail.index(tail.startIndex, offsetBy: 2)
                if afterDigit < tail.endIndex, tail[afterDigit] == ">" || tail[afterDigit] == " ",
                   let gt = tail[afterDigit...].firstIndex(of: ">") {
                    return Open(start: lt, attributesStart: afterDigit, tagEnd: tail.index(after: gt), level: level)
                }
            }
            search = search[afterLT...]
        }
        return nil
    }

    /// Value of `name="…"` in an attribute string.
    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let r = attributes.range(of: " \(name)=\"") else { return nil }
        let value = attributes[r.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }

    /// Tags stripped, the common entities decoded.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { text.append(ch) }
        }
        return decodeEntities(text).trimmingWhitespace()
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let semi = tail.prefix(12).firstIndex(of: ";") {
                let name = String(tail[tail.index(after: amp)..<semi])
                if let decoded = decodeEntity(name) {
                    out += decoded
                    rest = tail[tail.index(after: semi)...]
                    continue
                }
            }
            out.append("&")
            rest = tail.dropFirst()
        }
        return out + rest
    }

    static func decodeEntity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            var value: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") { value = UInt32(name.dropFirst(2), radix: 16) }
            else if name.hasPrefix("#") { value = UInt32(name.dropFirst()) }
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    /// `Training a Model (2 layers)` → `training-a-model-2-layers`; letters beyond ASCII are kept.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension HeadingAnchors {
    /// Tags removed, text (and entities) kept as is.
    static func stripTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { text.append(ch) }
        }
        return text
    }
}
