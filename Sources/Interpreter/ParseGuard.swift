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
