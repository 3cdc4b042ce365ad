import CCmark
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only file that touches libcmark's C tree; everything else sees the Swift values it returns.
enum Cmark {
    /// A top-level block of a Markdown document, with 1-based line numbers.
    struct TopLevelBlock: Equatable {
        /// Set for code blocks: the info string ("" for indented blocks) and the code.
        var code: (info: String, literal: String)?
        var startLine: Int
        var endLine: Int

        static func == (lhs: TopLevelBlock, rhs: TopLevelBlock) -> Bool {
            lhs.code?.info == rhs.code?.info && lhs.code?.literal == rhs.code?.literal
                && lhs.startLine == rhs.startLine && lhs.endLine == rhs.endLine
        }
    }

    /// A heading found while rendering: level 1–6, its plain text and the anchor given to it.
    struct Heading: Equatable {
        var level: Int
        var text: String
        var anchor: String
    }

    /// The document's top-level blocks in order.
    static func topLevelBlocks(of markdown: String) -> [TopLevelBlock] {
        guard let root = parse(markdown, options: CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_node_free(root) }
        var blocks: [TopLevelBlock] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            var block = TopLevelBlock(
                code: nil,
                startLine: Int(cmark_node_get_start_line(current)),
                endLine: Int(cmark_node_get_end_line(current))
            )
            if cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK {
                block.code = (string(cmark_node_get_fence_info(current)), string(cmark_node_get_literal(current)))
            }
            blocks.append(block)
            node = cmark_node_next(current)
        }
        return blocks
    }

    /// Renders Markdown to HTML, giving every heading an `id` from `anchor(level, text)`.
    /// Raw HTML is kept: notebooks are written by course authors, like mdBook's pages.
    static func renderHTML(_ markdown: String, anchor: (Int, String) -> String) -> (html: String, headings: [Heading]) {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE
        guard let root = parse(markdown, options: options) else { return ("", []) }
        defer { cmark_node_free(root) }
        var headings: [Heading] = []
        var headingNodes: [OpaquePointer] = []
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                headingNodes.append(node)
            }
        }
        // Mark each heading with an inline anchor; the marker becomes the heading's id below.
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(of: node)
            let id = anchor(level, text)
            headings.append(Heading(level: level, text: text, anchor: id))
            if let marker = cmark_node_new(CMARK_NODE_HTML_INLINE) {
                cmark_node_set_literal(marker, "\(anchorMarkerStart)\(id)\(anchorMarkerEnd)")
                cmark_node_prepend_child(node, marker)
            }
        }
        guard let rendered = cmark_render_html(root, options) else { return ("", headings) }
        defer { free(rendered) }
        var html = String(cString: rendered)
        for heading in headings {
            html = html.replacingFirst(
                "<h\(heading.level)>\(anchorMarkerStart)\(heading.anchor)\(anchorMarkerEnd)",
                with: "<h\(heading.level) id=\"\(heading.anchor)\">"
            )
        }
        return (html, headings)
    }

    private static let anchorMarkerStart = "<a data-nbrun-anchor=\""
    private static let anchorMarkerEnd = "\"></a>"

    private static func parse(_ markdown: String, options: Int32) -> OpaquePointer? {
        var text = markdown
        return text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
    }

    /// Concatenated text and code of a node's descendants.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
