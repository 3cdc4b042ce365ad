import Foundation

/// One searchable part of a page: the text under a heading (or above the first one), prose and code.
struct SearchSection: Equatable, Sendable {
    /// The heading's id; "" for the top of the page.
    var anchor: String
    var heading: String
    var text: String
}

/// Collects a page's sections while the page is rendered, in document order.
struct SearchCollector {
    private(set) var sections: [SearchSection] = [SearchSection(anchor: "", heading: "", text: "")]

    /// Prose HTML: split at headings that carry an id; the text before the first continues the current section.
    mutating func addProse(_ html: String) {
        var rest = Substring(html)
        while let open = HeadingAnchors.findHeadingOpen(in: rest) {
            append(text: String(rest[..<open.start]))
            let afterOpen = rest[open.tagEnd...]
            guard let close = afterOpen.range(of: "</h\(open.level)>") else { rest = afterOpen; continue }
            let attributes = String(rest[open.attributesStart..<rest.index(before: open.tagEnd)])
            let inner = String(afterOpen[..<close.lowerBound])
            let heading = Self.plain(Self.withoutAnchorLinks(inner))
            if let id = HeadingAnchors.attribute("id", in: attributes) {
                sections.append(SearchSection(anchor: id, heading: heading, text: ""))
            } else {
                append(text: heading)
            }
            rest = afterOpen[close.upperBound...]
        }
        append(text: String(rest))
    }

    /// A cell's code belongs to the section it appears in.
    mutating func addCode(_ source: String) {
        append(text: source, plain: true)
    }

    private mutating func append(text: String, plain: Bool = false) {
        let words = plain ? Self.collapse(text) : Self.plain(text)
        guard !words.isEmpty else { return }
        let last = sections.count - 1
        sections[last].text += sections[last].text.isEmpty ? words : " " + words
    }

    /// Tags stripped, entities decoded, runs of whitespace made one space.
    static func plain(_ html: String) -> String {
        collapse(HeadingAnchors.decodeEntities(HeadingAnchors.stripTags(html)))
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The `#` links the renderer puts inside headings are not part of their text.
    static func withoutAnchorLinks(_ html: String) -> String {
        guard let start = html.range(of: "<a class=\"anchor\"") else { return html }
        guard let end = html[start.upperBound...].range(of: "</a>") else { return html }
        return String(html[..<start.lowerBound]) + String(html[end.upperBound...])
    }
}

/// The course's search documents as a script (`assets/search-index.js`): a `<script>` can load it
/// from `file://`, where `fetch` of a JSON file is refused.
enum SearchIndex {
    struct Document: Encodable {
        /// Page path, site-relative; the page title; the section heading and anchor; the text.
        var p: String, t: String, s: String, a: String, x: String
    }

    static let path = "assets/search-index.js"

    static func script(_ pages: [(path: String, title: String, sections: [SearchSection])]) throws -> String {
        var documents: [Document] = []
        for page in pages {
            for section in page.sections where !(section.text.isEmpty && section.heading.isEmpty) {
                documents.append(Document(p: page.path, t: page.title, s: section.heading, a: section.anchor, x: section.text))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(documents), as: UTF8.self)
        return "/* nbrun search index: one document per page section. */\nwindow.nbrunSearchDocuments = \(json);\n"
    }
}
