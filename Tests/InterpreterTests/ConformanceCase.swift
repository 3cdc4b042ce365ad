import Foundation

/// One conformance case file parsed: its cells, expected output and expected error.
struct ConformanceCase {
    /// One cell of a case: its text and the file line its first line is on.
    struct Cell {
        var text: String
        var firstLine: Int
    }

    /// The line that splits a case into cells (to swiftc it is only a comment).
    static let cellMarker = "// cell"

    var group: String
    var relativePath: String
    var source: String
    /// The parts between `// cell` lines, in order; one cell when the file has no marker.
    var cells: [Cell]
    var expected: [String]
    var error: (line: Int, column: Int?, message: String)?
    /// `// limit steps: N` lowers the step budget (limit tests stay fast).
    var steps = 50_000_000

    init(parsing text: String, group: String, path: String) {
        self.group = group
        self.relativePath = path
        self.source = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.cells = Self.split(lines)
        self.expected = []
        for s in lines {
            if s == "// expect:" { expected.append(""); continue }
            if s.hasPrefix("// limit steps: "), let n = Int(s.dropFirst("// limit steps: ".count)) { steps = n; continue }
            if s.hasPrefix("// expect: ") { expected.append(String(s.dropFirst("// expect: ".count))); continue }
            if s.hasPrefix("// expect error: ") { error = Self.parseError(s.dropFirst("// expect error: ".count)) }
        }
    }

    /// Splits the file's lines at `// cell` lines; each cell keeps the file line it starts on so
    /// diagnostics (and `// expect error:` lines) stay in file lines.
    static func split(_ lines: [String]) -> [Cell] {
        var cells: [Cell] = []
        var current: [String] = []
        var start = 1
        for (index, line) in lines.enumerated() {
            if line == cellMarker {
                cells.append(Cell(text: current.joined(separator: "\n"), firstLine: start))
                current = []
                start = index + 2
            } else {
                current.append(line)
            }
        }
        cells.append(Cell(text: current.joined(separator: "\n"), firstLine: start))
        return cells
    }

    /// `LINE[:COL]: MESSAGE` of an `// expect error:` line.
    static func parseError(_ rest: Substring) -> (line: Int, column: Int?, message: String)? {
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let lineNo = Int(rest[..<colon].trimmingCharacters(in: .whitespaces)) ?? 0
        var after = rest[rest.index(after: colon)...]
        var column: Int?
        if let c2 = after.firstIndex(of: ":"), let col = Int(after[..<c2].trimmingCharacters(in: .whitespaces)) {
            column = col
            after = after[after.index(after: c2)...]
        }
        return (lineNo, column, after.trimmingCharacters(in: .whitespaces))
    }
}
