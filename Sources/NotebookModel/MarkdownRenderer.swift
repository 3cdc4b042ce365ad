/// Turns prose Markdown into HTML with KaTeX-ready math and heading anchors unique per page.
public final class MarkdownRenderer {
    /// A heading for the page's table of contents.
    public struct Heading: Equatable, Sendable {
        public var level: Int
        public var text: String
        public var anchor: String
    }

    private var usedAnchors: [String: Int] = [:]
    private let reservedAnchors: Set<String>

    /// One renderer per page, so anchors stay unique across the page's prose blocks.
    /// `reservedAnchors` are ids the page uses otherwise (its cells'): headings never take them.
    public init(reservedAnchors: Set<String> = []) {
        self.reservedAnchors = reservedAnchors
    }

    /// HTML for one prose block, and the headings it contains.
    public func render(_ markdown: String) -> (html: String, headings: [Heading]) {
        var math = MathProtector()
        let protected = math.protect(markdown)
        let (html, headings) = Cmark.renderHTML(protected) { _, text in
            self.uniqueAnchor(for: math.restorePlain(text))
        }
        return (math.restore(html), headings.map { Heading(level: $0.level, text: math.restorePlain($0.text), anchor: $0.anchor) })
    }

    /// A GitHub-style slug: lowercase letters, digits and dashes; `-1`, `-2`… when repeated.
    public func uniqueAnchor(for text: String) -> String {
        var slug = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { slug.append(c) } else if c == " " || c == "-" || c == "_" { slug.append("-") }
        }
        if slug.isEmpty { slug = "section" }
        var count = usedAnchors[slug, default: 0]
        var anchor = count == 0 ? slug : "\(slug)-\(count)"
        while reservedAnchors.contains(anchor) {
            count += 1
            anchor = "\(slug)-\(count)"
        }
        usedAnchors[slug] = count + 1
        return anchor
    }
}
