import Yams

/// A notebook that cannot be parsed, with the place to fix it.
public struct NotebookError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): error: \(message)" }

    static func yaml(_ error: YamlError, path: String, firstLine: Int) -> NotebookError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return NotebookError(path: path, line: firstLine + mark.line - 1, column: mark.column,
                                 message: "front matter is not valid YAML: \(problem)")
        case .composer(_, let problem, let mark, _):
            return NotebookError(path: path, line: firstLine + mark.line - 1, column: mark.column,
                                 message: "front matter is not valid YAML: \(problem)")
        default:
            return NotebookError(path: path, line: firstLine, column: 1, message: "front matter is not valid YAML: \(error)")
        }
    }
}
