import Foundation

/// Reads a Markdown notebook into front matter, prose and cells.
public enum NotebookParser {
    /// Parses notebook text; errors carry the notebook path, line and column.
    public static func parse(text: String, path: String) throws -> Notebook {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (frontMatter, bodyStart) = try readFrontMatter(lines, path: path)
        let body = lines[bodyStart...].joined(separator: "\n")
        let offset = bodyStart  // body line k is notebook line k + offset

        var blocks: [Block] = []
        var cellIndex = 0
        var seenIDs: [String: Int] = [:]
        var proseStart = bodyStart + 1  // first notebook line not yet placed in a block
        var proseBefore: [(block: Int, cell: Int)] = []  // which cell each prose block precedes

        func flushProse(upTo lastLine: Int) {
            let text = lastLine >= proseStart ? lines[(proseStart - 1)..<lastLine].joined(separator: "\n") : ""
            // Empty prose is kept at the end only: footnote definitions are collected there.
            guard !text.allSatisfy(\.isWhitespace) || lastLine == lines.count else { return }
            proseBefore.append((blocks.count, cellIndex))
            blocks.append(.prose(Prose(markdown: text, firstLine: proseStart, lastLine: max(lastLine, proseStart), content: [])))
        }

        for block in Cmark.topLevelBlocks(of: body) {
            guard let code = block.code else { continue }
            let fenceLine = block.startLine + offset
            guard isFence(lines[fenceLine - 1]) else { continue }  // indented code stays prose
            let parsed: (language: String, attributes: CellAttributes)
            do {
                parsed = try InfoStringParser.parse(code.info)
            } catch {
                throw NotebookError(path: path, line: fenceLine, column: 1, message: "bad cell attribute: \(error.message)")
            }
            guard parsed.language == "swift" else { continue }
            let id = parsed.attributes.id ?? "cell-\(cellIndex + 1)"
            if let previous = seenIDs[id] {
                throw NotebookError(path: path, line: fenceLine, column: 1,
                                    message: "duplicate cell id '\(id)' (first used at line \(previous))")
            }
            seenIDs[id] = fenceLine
            flushProse(upTo: fenceLine - 1)
            var source = code.literal
            if source.hasSuffix("\n") { source.removeLast() }
            blocks.append(.cell(Cell(index: cellIndex, id: id, source: source, fenceLine: fenceLine,
                                     firstLine: fenceLine + 1, attributes: parsed.attributes)))
            cellIndex += 1
            proseStart = block.endLine + offset + 1
        }
        flushProse(upTo: lines.count)
        let content = proseContent(of: body, cellCount: cellIndex)
        for (blockIndex, cell) in proseBefore {
            guard case .prose(var prose) = blocks[blockIndex] else { continue }
            prose.content = content?[cell] ?? Prose.parse(prose.markdown)
            blocks[blockIndex] = .prose(prose)
        }
        blocks.removeAll { if case .prose(let prose) = $0 { prose.content.isEmpty && prose.markdown.allSatisfy(\.isWhitespace) } else { false } }
        return Notebook(path: path, frontMatter: frontMatter, blocks: blocks)
    }

    /// The body's prose parsed as one document (footnotes and link references resolve across
    /// cells), split at the Swift cells: element k is the prose before cell k. `nil` when the split
    /// does not line up with the cells found line by line, and each prose is then parsed alone.
    private static func proseContent(of body: String, cellCount: Int) -> [[MarkdownBlock]]? {
        var math = MathProtector()
        let parsed = Cmark.document(math.protect(body))
        var groups: [[MarkdownBlock]] = [[]]
        for block in parsed {
            if let info = block.fencedInfo, (try? InfoStringParser.parse(info))?.language == "swift" {
                groups.append([])
            } else {
                groups[groups.count - 1].append(block.block)
            }
        }
        return groups.count == cellCount + 1 ? groups.map(math.restore) : nil
    }

    /// Front matter from a leading `---` … `---` (or `...`) block, and the index of the body's first line.
    private static func readFrontMatter(_ lines: [String], path: String) throws -> (FrontMatter, Int) {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return (FrontMatter(), 0) }
        for index in 1..<max(lines.count, 1) {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                return (try FrontMatterParser.parse(yaml, path: path, firstLine: 2), index + 1)
            }
        }
        throw NotebookError(path: path, line: 1, column: 1, message: "front matter starts with '---' but has no closing '---' line")
    }

    private static func isFence(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return line.count - trimmed.count <= 3 && (trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~"))
    }
}
