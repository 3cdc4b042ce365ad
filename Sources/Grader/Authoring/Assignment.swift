import NotebookModel

/// `nbrun assign`: the student version of an instructor notebook.
///
/// Solution regions become one placeholder line that fails clearly when run, hidden test cells
/// disappear (with one blank line next to them), and every other byte stays as it was. Exercise
/// cells keep their `exercise=` IDs, so grading matches cells by ID, never by position.
public enum Assignment {
    /// The student notebook for an instructor notebook's text. Throws `NotebookError` (with
    /// path and line) for unparseable notebooks, bad markers and inconsistent exercises/tests.
    public static func studentVersion(of text: String, path: String) throws -> String {
        let notebook = try NotebookParser.parse(text: text, path: path)
        _ = try GradingKey(notebook: notebook)  // reject a key that could not be graded, before shipping it
        let lines = NotebookLines(text)
        var replacements: [Int: [String]] = [:]

        for cell in notebook.cells {
            let closing = lines.closingFence(of: cell.fenceLine)
            if cell.attributes.test != nil, cell.attributes.hidden {
                for number in cell.fenceLine...closing { replacements[number] = [] }
                // One blank line goes with the block: the next kept line after it, else the one before.
                var after = closing + 1
                while replacements[after] != nil { after += 1 }
                var before = cell.fenceLine - 1
                while before > 0, replacements[before] != nil { before -= 1 }
                if lines.isBlank(after) {
                    replacements[after] = []
                } else if lines.isBlank(before) {
                    replacements[before] = []
                }
                continue
            }
            let lastSourceLine = closing > cell.fenceLine ? closing - 1 : cell.fenceLine
            let regions = try SolutionRegions.find(in: lines, from: cell.firstLine, through: lastSourceLine, path: path)
            for region in regions {
                let begin = lines[region.begin] ?? ""
                replacements[region.begin] = [placeholder(exercise: cell.attributes.exercise, indentedLike: begin)]
                for number in (region.begin + 1)...region.end { replacements[number] = [] }
            }
        }
        return lines.joined(replacing: replacements)
    }

    /// The line that replaces a solution region: a call that stops the cell with a clear
    /// message at that line (`fatalError` is a runtime error in the cell language, never a crash).
    static func placeholder(exercise: String?, indentedLike markerLine: String) -> String {
        let indent = markerLine.prefix { $0 == " " || $0 == "\t" }
        let what = exercise.map { "exercise \($0): write your solution here" } ?? "write your solution here"
        let carriageReturn = markerLine.hasSuffix("\r") ? "\r" : ""
        return "\(indent)fatalError(\"\(swiftStringContent(what))\")\(carriageReturn)"
    }

    /// Text safe inside a Swift string literal.
    static func swiftStringContent(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
