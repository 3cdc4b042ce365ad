import SwiftSyntax

/// Cell text that swift-syntax's parser would take exponential time on, refused before parsing.
enum ParseGuard {
    /// Most `[` a cell may have in a row (whitespace between them allowed). swift-syntax 603's
    /// lookahead for collection and inline-array types doubles its work with each one: the fuzzer
    /// found `v[[[[…` hanging a cell, 22 of them took 30 s and the cell's time limit only starts
    /// after parsing; 12 take 0.1 s, 16 take 1.8 s (swift-syntax unoptimized, as nbrun builds it).
    /// Real code nests arrays a few levels deep.
    static let maxBracketRun = 12

    /// The 1-based line and UTF-8 column of the first `[` of a longer run, if there is one.
    static func excessiveBracketRun(in text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 0
        var run = 0, runLine = 0, runColumn = 0
        for byte in text.utf8 {
            column += 1
            switch byte {
            case UInt8(ascii: "["):
                if run == 0 { (runLine, runColumn) = (line, column) }
                run += 1
                if run > maxBracketRun { return (runLine, runColumn) }
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                run = 0
            }
        }
        return nil
    }
}

extension ParseGuard {
    /// An `=` swift-syntax's diagnostics generator would trap on: its "whitespace on both sides"
    /// Fix-It has no change when both sides already have some (`let a <U+FFFD>= 1`, found by the
    /// fuzzer; `FixIt.init` preconditions on an empty change list). Checked only for trees with
    /// diagnostics, before the generator runs.
    static func trappingEquals(in tree: SourceFileSyntax) -> TokenSyntax? {
        guard tree.hasError || tree.hasWarning else { return nil }
        func spaced(_ trivia: Trivia) -> Bool {
            trivia.contains { piece in
                switch piece {
                case .spaces, .tabs: return true
                default: return false
                }
            }
        }
        for token in tree.tokens(viewMode: .all)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
            let before = token.previousToken(viewMode: .all).map { spaced($0.trailingTrivia) } ?? false
            if before && spaced(token.trailingTrivia) { return token }
        }
        return nil
    }
}
