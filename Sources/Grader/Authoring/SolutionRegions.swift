import NotebookModel

/// Finds `// BEGIN SOLUTION` … `// END SOLUTION` regions in a cell's lines.
enum SolutionRegions {
    /// One region: the notebook lines of its two markers.
    struct Region: Equatable {
        var begin: Int
        var end: Int
    }

    enum Marker { case begin, end }

    /// The regions between `firstLine` and `lastLine` (notebook lines, inclusive). Nested,
    /// unclosed, unopened or misspelt markers are errors at their line, because a marker the
    /// tool does not recognise would ship the solution to students.
    static func find(in lines: NotebookLines, from firstLine: Int, through lastLine: Int, path: String) throws -> [Region] {
        var regions: [Region] = []
        var open: Int?
        var number = firstLine
        while number <= lastLine, let line = lines[number] {
            defer { number += 1 }
            guard let marker = try marker(in: line, line: number, path: path) else { continue }
            switch (marker, open) {
            case (.begin, nil):
                open = number
            case (.begin, let outer?):
                throw NotebookError(path: path, line: number, column: 1,
                                    message: "nested '// BEGIN SOLUTION' (the region opened at line \(outer) is not closed yet)")
            case (.end, let begin?):
                regions.append(Region(begin: begin, end: number))
                open = nil
            case (.end, nil):
                throw NotebookError(path: path, line: number, column: 1,
                                    message: "'// END SOLUTION' without a '// BEGIN SOLUTION' before it in this cell")
            }
        }
        if let begin = open {
            throw NotebookError(path: path, line: begin, column: 1,
                                message: "'// BEGIN SOLUTION' is not closed by '// END SOLUTION' in the same cell")
        }
        return regions
    }

    /// The marker on a line: `// BEGIN SOLUTION` / `// END SOLUTION` alone on the line (any
    /// indent, trailing spaces allowed, text after the words allowed as a note). Any other line
    /// mentioning the words is rejected rather than silently shipped.
    static func marker(in line: String, line number: Int, path: String) throws -> Marker? {
        guard line.contains("BEGIN SOLUTION") || line.contains("END SOLUTION") else { return nil }
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("//") {
            let words = trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" }
            if words.hasPrefix("BEGIN SOLUTION") { return .begin }
            if words.hasPrefix("END SOLUTION") { return .end }
        }
        throw NotebookError(path: path, line: number, column: 1,
                            message: "unrecognised solution marker; write '// BEGIN SOLUTION' or '// END SOLUTION' as a line comment on its own line")
    }
}
