import CCmark
import Foundation

/// The only file that touches libcmark-gfm's C tree; everything else sees the Swift values it returns.
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

    /// A converted top-level block; `fencedInfo` is the info string of a fenced code block.
    struct ParsedBlock {
        var block: MarkdownBlock
        var fencedInfo: String?
    }

    /// GitHub's extensions, as github.com enables them (tagfilter left out: authors write the HTML).
    private static let extensions = ["table", "strikethrough", "autolink", "tasklist"]
    private static let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
    /// Deeper nesting is flattened to text, so converting never recurses past a fixed depth.
    static let maxDepth = 48

    /// The document's top-level blocks in order.
    static func topLevelBlocks(of markdown: String) -> [TopLevelBlock] {
        withDocument(markdown) { root in
            var blocks: [TopLevelBlock] = []
            for node in children(of: root) {
                var block = TopLevelBlock(code: nil, startLine: Int(cmark_node_get_start_line(node)),
                                          endLine: Int(cmark_node_get_end_line(node)))
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                    block.code = (string(cmark_node_get_fence_info(node)), string(cmark_node_get_literal(node)))
                }
                blocks.append(block)
            }
            return blocks
        } ?? []
    }

    /// The document as Swift values, top-level blocks in order (footnote definitions last).
    static func document(_ markdown: String) -> [ParsedBlock] {
        withDocument(markdown) { root in
            var footnotes = 0
            return children(of: root).map { node in
                var fencedInfo: String?
                var length: Int32 = 0, offset: Int32 = 0, character: CChar = 0  // libcmark-gfm writes all three
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, cmark_node_get_fenced(node, &length, &offset, &character) != 0 {
                    fencedInfo = string(cmark_node_get_fence_info(node))
                }
                return ParsedBlock(block: block(node, depth: 0, footnotes: &footnotes), fencedInfo: fencedInfo)
            }
        } ?? []
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T? {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let root = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func blocks(of node: OpaquePointer, depth: Int, footnotes: inout Int) -> [MarkdownBlock] {
        children(of: node).map { block($0, depth: depth + 1, footnotes: &footnotes) }
    }

    private static func block(_ node: OpaquePointer, depth: Int, footnotes: inout Int) -> MarkdownBlock {
        guard depth < maxDepth else { return .paragraph([.text(plainText(of: node))]) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: return .paragraph(inlines(of: node, depth: depth))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, depth: depth))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote(blocks(of: node, depth: depth, footnotes: &footnotes))
        case CMARK_NODE_LIST: return .list(list(node, depth: depth, footnotes: &footnotes))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnotes += 1
            return .footnoteDefinition(number: footnotes, blocks(of: node, depth: depth, footnotes: &footnotes))
        default:
            if typeName(node) == "table" { return .table(table(node, depth: depth)) }
            return .paragraph([.text(plainText(of: node))])
        }
    }

    private static func list(_ node: OpaquePointer, depth: Int, footnotes: inout Int) -> MarkdownList {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let items = children(of: node).map { item in
            MarkdownListItem(task: typeName(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil,
                             blocks: blocks(of: item, depth: depth + 1, footnotes: &footnotes))
        }
        return MarkdownList(start: ordered ? Int(cmark_node_get_list_start(node)) : nil,
                            tight: cmark_node_get_list_tight(node) != 0, items: items)
    }

    private static func table(_ node: OpaquePointer, depth: Int) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch UInt8(raw[column]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(of: $0, depth: depth + 1) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    private static func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        children(of: node).map { inline($0, depth: depth + 1) }
    }

    private static func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline {
        guard depth < maxDepth else { return .text(plainText(of: node)) }
        let literal = { string(cmark_node_get_literal(node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal())
        case CMARK_NODE_CODE: return .code(literal())
        case CMARK_NODE_HTML_INLINE: return .html(literal())
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                         inlines(of: node, depth: depth))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                          alt: inlines(of: node, depth: depth))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // libcmark-gfm numbers references in order of first use and stores the number as the literal.
            return .footnoteReference(number: Int(literal()) ?? 0)
        default:
            if typeName(node) == "strikethrough" { return .strikethrough(inlines(of: node, depth: depth)) }
            return .text(plainText(of: node))
        }
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    /// Concatenated text and code of a node's descendants (iterative: any depth).
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += string(cmark_node_get_literal(child))
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
