import NotebookModel

/// Writes parsed prose as HTML, the way GitHub renders it, with page-wide heading anchors and
/// footnote numbers (like swift-markdown's `HTMLFormatter`, over NotebookModel's values).
struct MarkdownHTML {
    /// Ids taken on the page (cells' and earlier headings'): a heading never reuses one.
    var used: Set<String>
    private var slugCounts: [String: Int] = [:]
    private var footnoteRefs: [Int: Int] = [:]
    private(set) var headings: [TocEntry] = []
    /// Captioned figures' numbers by anchor (`FigureCaptions`), for `[](#anchor)` links.
    var figureNumbers: [String: Int] = [:]

    init(used: Set<String> = []) {
        self.used = used
    }

    mutating func html(_ blocks: [MarkdownBlock]) -> String {
        var out = ""
        var index = 0
        while index < blocks.count {
            if case .footnoteDefinition = blocks[index] {
                var notes: [(Int, [MarkdownBlock])] = []
                while index < blocks.count, case .footnoteDefinition(let number, let content) = blocks[index] {
                    notes.append((number, content))
                    index += 1
                }
                out += footnotes(notes)
                continue
            }
            out += block(blocks[index])
            index += 1
        }
        return out
    }

    private mutating func block(_ block: MarkdownBlock, tight: Bool = false) -> String {
        switch block {
        case .paragraph(let inlines):
            return tight ? inline(inlines) + "\n" : "<p>" + inline(inlines) + "</p>\n"
        case .heading(let level, let inlines):
            let text = MarkdownInline.plainText(inlines).trimmingWhitespace()
            let anchor = uniqueAnchor(for: text)
            headings.append(TocEntry(level: level, text: text, anchor: anchor))
            let id = XMLEscaping.attribute(anchor)
            return "<h\(level) id=\"\(id)\">" + inline(inlines)
                + "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to section: \(XMLEscaping.attribute(text))\">#</a></h\(level)>\n"
        case .blockQuote(let blocks): return "<blockquote>\n" + html(blocks) + "</blockquote>\n"
        case .list(let list): return self.list(list)
        case .codeBlock(let info, let code):
            let language = info.split(separator: " ").first.map { " class=\"language-\(XMLEscaping.attribute(String($0)))\"" } ?? ""
            return "<pre tabindex=\"0\"><code\(language)>" + XMLEscaping.text(code) + "</code></pre>\n"
        case .html(let html): return html.hasSuffix("\n") ? html : html + "\n"
        case .thematicBreak: return "<hr />\n"
        case .table(let table): return self.table(table)
        case .footnoteDefinition(let number, let blocks): return footnotes([(number, blocks)])
        case .mathBlock(let tex):
            // Wide formulas scroll sideways on phones: focusable so a keyboard can scroll them.
            return "<div class=\"math display\" tabindex=\"0\">" + XMLEscaping.html(tex) + "</div>\n"
        }
    }

    private mutating func list(_ list: MarkdownList) -> String {
        let tag = list.start == nil ? "ul" : "ol"
        let isTasks = list.items.contains { $0.task != nil }
        var open = "<\(tag)"
        if let start = list.start, start != 1 { open += " start=\"\(start)\"" }
        if isTasks { open += " class=\"contains-task-list\"" }
        var out = open + ">\n"
        for item in list.items {
            var li = "<li"
            var content = ""
            if let checked = item.task {
                li += " class=\"task-list-item\""
                content = "<input type=\"checkbox\" disabled=\"\"\(checked ? " checked=\"\"" : "") aria-label=\"\(checked ? "done" : "to do")\" /> "
            }
            let blocks = item.blocks
            if list.tight {
                for (i, block) in blocks.enumerated() {
                    var piece = self.block(block, tight: true)
                    if i == blocks.count - 1, case .paragraph = block { piece.removeLast() }
                    content += i == 0 || piece.hasPrefix("<") ? piece : "\n" + piece
                }
            } else {
                content += (content.isEmpty ? "\n" : "") + html(blocks)
            }
            out += li + ">" + content + "</li>\n"
        }
        return out + "</\(tag)>\n"
    }

    private mutating func table(_ table: MarkdownTable) -> String {
        func align(_ column: Int) -> String {
            switch column < table.alignments.count ? table.alignments[column] : .none {
            case .none: return ""
            case .left: return " align=\"left\""
            case .center: return " align=\"center\""
            case .right: return " align=\"right\""
            }
        }
        var out = "<div class=\"table-wrap\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n"
        for (column, cell) in table.header.enumerated() { out += "<th\(align(column))>" + inline(cell) + "</th>\n" }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (column, cell) in row.enumerated() { out += "<td\(align(column))>" + inline(cell) + "</td>\n" }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        return out + "</table>\n</div>\n"
    }

    private mutating func footnotes(_ notes: [(Int, [MarkdownBlock])]) -> String {
        var out = "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Footnotes</h2>\n<ol>\n"
        for (number, blocks) in notes {
            var body = html(blocks)
            let back = "<a href=\"#fnref-\(number)\" class=\"footnote-backref\" aria-label=\"Back to reference \(number)\">↩</a>"
            if body.hasSuffix("</p>\n") {
                body.removeLast(5)
                body += " " + back + "</p>\n"
            } else {
                body += back + "\n"
            }
            out += "<li id=\"fn-\(number)\">\n" + body + "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    private mutating func inline(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        for item in inlines {
            switch item {
            case .text(let text): out += XMLEscaping.text(text).replacingOccurrences(of: "\"", with: "&quot;")
            case .code(let code): out += "<code>" + XMLEscaping.text(code) + "</code>"
            case .emphasis(let c): out += "<em>" + inline(c) + "</em>"
            case .strong(let c): out += "<strong>" + inline(c) + "</strong>"
            case .strikethrough(let c): out += "<del>" + inline(c) + "</del>"
            case .link(let destination, let title, let c):
                let titleAttribute = title.isEmpty ? "" : " title=\"\(XMLEscaping.attribute(title))\""
                // `[](#fig-loss)`: a reference to a captioned figure, numbered for the author.
                let figure = c.isEmpty && destination.hasPrefix("#") ? figureNumbers[String(destination.dropFirst())] : nil
                out += "<a href=\"\(Self.href(destination))\"\(titleAttribute)>" + (figure.map { "Figure \($0)" } ?? inline(c)) + "</a>"
            case .image(let source, let title, let alt):
                let titleAttribute = title.isEmpty ? "" : " title=\"\(XMLEscaping.attribute(title))\""
                out += "<img src=\"\(Self.href(source))\" alt=\"\(XMLEscaping.attribute(MarkdownInline.plainText(alt)))\"\(titleAttribute) />"
            case .html(let html): out += html
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br />\n"
            case .footnoteReference(let number):
                let seen = footnoteRefs[number, default: 0] + 1
                footnoteRefs[number] = seen
                let id = seen == 1 ? "fnref-\(number)" : "fnref-\(number)-\(seen)"
                out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\" data-footnote-ref aria-label=\"Footnote \(number)\">\(number)</a></sup>"
            case .math(let tex, let display):
                out += "<span class=\"math \(display ? "display" : "inline")\">" + XMLEscaping.html(tex) + "</span>"
            }
        }
        return out
    }

    /// A URL as cmark writes it: `&` and quotes escaped, spaces and bytes outside ASCII percent-encoded.
    static func href(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case UInt8(ascii: "\""): out += "%22"
            case 0x21...0x7E where byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\\")
                && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "^") && byte != UInt8(ascii: "{") && byte != UInt8(ascii: "}")
                && byte != UInt8(ascii: "|"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A GitHub-style slug: lowercase letters, digits and dashes; `-1`, `-2`… when repeated.
    mutating func uniqueAnchor(for text: String) -> String {
        var slug = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { slug.append(c) } else if c == " " || c == "-" || c == "_" { slug.append("-") }
        }
        if slug.isEmpty { slug = "section" }
        var count = slugCounts[slug, default: 0]
        var anchor = count == 0 ? slug : "\(slug)-\(count)"
        while used.contains(anchor) {
            count += 1
            anchor = "\(slug)-\(count)"
        }
        slugCounts[slug] = count + 1
        used.insert(anchor)
        return anchor
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
