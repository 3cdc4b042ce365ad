// Transpose: transpose lines of text, padding on the left only where later lines are longer.
func transpose(_ lines: [String]) -> [String] {
    let rows = lines.map(Array.init)
    let width = rows.map(\.count).max() ?? 0
    var result: [String] = []
    for c in 0..<width {
        var column = ""
        // The last row that reaches this column decides how far the column is padded.
        let lastRow = rows.lastIndex { $0.count > c } ?? -1
        for r in 0...max(lastRow, 0) where r < rows.count {
            column.append(c < rows[r].count ? rows[r][c] : " ")
        }
        result.append(column)
    }
    return result
}
// cell
let inputs: [[String]] = [[], ["A1"], ["A", "1"], ["ABC", "123"], ["Single line."],
                          ["The fourth line.", "The fifth line."], ["The longest line.", "A long line.", "A longer line.", "A line."],
                          ["T", "EE", "AAA", "SSSS", "EEEEE", "RRRRRR"], ["TEASER", "EASER", "ASER", "SER", "ER", "R"]]
for input in inputs {
    print("input \(input):")
    for line in transpose(input) { print("[\(line)]") }
}

// expect: input []:
// expect: input ["A1"]:
// expect: [A]
// expect: [1]
// expect: input ["A", "1"]:
// expect: [A1]
// expect: input ["ABC", "123"]:
// expect: [A1]
// expect: [B2]
// expect: [C3]
// expect: input ["Single line."]:
// expect: [S]
// expect: [i]
// expect: [n]
// expect: [g]
// expect: [l]
// expect: [e]
// expect: [ ]
// expect: [l]
// expect: [i]
// expect: [n]
// expect: [e]
// expect: [.]
// expect: input ["The fourth line.", "The fifth line."]:
// expect: [TT]
// expect: [hh]
// expect: [ee]
// expect: [  ]
// expect: [ff]
// expect: [oi]
// expect: [uf]
// expect: [rt]
// expect: [th]
// expect: [h ]
// expect: [ l]
// expect: [li]
// expect: [in]
// expect: [ne]
// expect: [e.]
// expect: [.]
// expect: input ["The longest line.", "A long line.", "A longer line.", "A line."]:
// expect: [TAAA]
// expect: [h   ]
// expect: [elll]
// expect: [ ooi]
// expect: [lnnn]
// expect: [ogge]
// expect: [n e.]
// expect: [glr]
// expect: [ei ]
// expect: [snl]
// expect: [tei]
// expect: [ .n]
// expect: [l e]
// expect: [i .]
// expect: [n]
// expect: [e]
// expect: [.]
// expect: input ["T", "EE", "AAA", "SSSS", "EEEEE", "RRRRRR"]:
// expect: [TEASER]
// expect: [ EASER]
// expect: [  ASER]
// expect: [   SER]
// expect: [    ER]
// expect: [     R]
// expect: input ["TEASER", "EASER", "ASER", "SER", "ER", "R"]:
// expect: [TEASER]
// expect: [EASER]
// expect: [ASER]
// expect: [SER]
// expect: [ER]
// expect: [R]
