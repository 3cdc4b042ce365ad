import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// `nbrun check`: the errors `run` would report before running anything, found by the same
/// parser and compiler, so the two cannot disagree about what the notebook language supports.
extension Session {
    /// Every syntax error of the cell, or else the first error compiling it finds. A cell that
    /// compiles has its declarations (types, functions, globals) made known to later cells,
    /// as if it had run; nothing runs.
    public func check(_ source: CellSource) -> [InterpreterError] {
        onCellThread { self.checkHere(source) }
    }

    func checkHere(_ source: CellSource) -> [InterpreterError] {
        let file = SourceFile(source)
        switch Session.parse(source, file, operators: operators) {
        case .failure(let failure): return failure.errors
        case .success(let (tree, table)):
            do {
                try Compiler(session: self, file: file, tree: tree).compileCell(tree).declare()
                operators = table
                return []
            } catch {
                var e = convert(error, file)
                e.stage = .compile
                return [e]
            }
        }
    }
}

/// The syntax errors of a cell (at least one).
struct SyntaxFailure: Error {
    var errors: [InterpreterError]
    /// Every error marked in one excerpt of the cell (empty when there is only one error).
    var excerptOfAll = ""

    init(errors: [InterpreterError], excerptOfAll: String) {
        self.errors = errors
        self.excerptOfAll = excerptOfAll
    }

    init(_ error: InterpreterError) { self.errors = [error] }

    /// One error for `run`: the first error's location and message, and every error's header
    /// line above one excerpt marking them all, so an author sees them at once.
    var combined: InterpreterError {
        guard errors.count > 1, var first = errors.first else { return errors[0] }
        let headers = errors.map { String($0.rendered.prefix { $0 != "\n" }) }
        first.rendered = (headers + [excerptOfAll]).joined(separator: "\n")
        return first
    }
}

/// swift-syntax's parser diagnostics as interpreter errors, each rendered by swift-syntax's
/// `DiagnosticsFormatter` with the notebook's line numbers.
enum SyntaxDiagnostics {
    static func failure(in source: CellSource, _ file: SourceFile) -> SyntaxFailure {
        // Why re-parse with blank lines in front: the formatter numbers lines from the top of
        // the tree, and this way its numbers are the notebook's. Only failing cells pay for it.
        let padded = String(repeating: "\n", count: max(0, source.firstLine - 1)) + source.text
        let tree = Parser.parse(source: padded)
        let conv = SourceLocationConverter(fileName: source.path, tree: tree)
        let diags = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        let errors = diags.map { d -> InterpreterError in
            let l = conv.location(for: d.position)
            var e = Session.makeError(.syntax, d.message, Loc(line: l.line - (source.firstLine - 1), column: l.column, file: file), [], file)
            e.rendered = "\(e.path):\(e.line):\(e.column): error: \(d.message)\n"
                + excerpt(tree, [d])
            return e
        }
        let all = errors.count > 1 ? excerpt(tree, diags) : ""
        return SyntaxFailure(errors: errors, excerptOfAll: all)
    }

    static func excerpt(_ tree: SourceFileSyntax, _ diags: [Diagnostic]) -> String {
        var text = DiagnosticsFormatter.annotatedSource(tree: tree, diags: diags, contextSize: 0)
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
