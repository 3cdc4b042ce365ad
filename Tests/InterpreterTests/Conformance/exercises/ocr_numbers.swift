// OCR numbers: read 3x4 digit glyphs made of pipes and underscores; '?' for unknown glyphs.
enum OCRError: Error { case invalidRowCount(Int), invalidColumnCount(Int) }

enum OCR {
    private static let glyphs: [String: Character] = {
        let top    = " _     _  _     _  _  _  _  _ "
        let middle = "| |  | _| _||_||_ |_   ||_||_|"
        let bottom = "|_|  ||_  _|  | _||_|  ||_| _|"
        let rows = [top, middle, bottom].map(Array.init)
        var table: [String: Character] = [:]
        for d in 0..<10 {
            let glyph = rows.map { String($0[(3 * d)..<(3 * d + 3)]) }.joined(separator: "\n") + "\n   "
            table[glyph] = Character(String(d))
        }
        return table
    }()

    static func convert(_ lines: [String]) throws -> String {
        guard lines.count % 4 == 0 else { throw OCRError.invalidRowCount(lines.count) }
        if let bad = lines.first(where: { $0.count % 3 != 0 }) { throw OCRError.invalidColumnCount(bad.count) }
        var numbers: [String] = []
        for block in stride(from: 0, to: lines.count, by: 4) {
            let rows = lines[block..<(block + 4)].map(Array.init)
            var number = ""
            for start in stride(from: 0, to: rows[0].count, by: 3) {
                let glyph = rows.map { String($0[start..<(start + 3)]) }.joined(separator: "\n")
                number.append(glyphs[glyph] ?? "?")
            }
            numbers.append(number)
        }
        return numbers.joined(separator: ",")
    }
}
// cell
let samples: [[String]] = [
    [" _ ", "| |", "|_|", "   "],
    ["   ", "  |", "  |", "   "],
    ["   ", "  _", "  |", "   "],
    [" _ ", "| |", "   "],
    ["    ", "   |", "   |", "    "],
    ["       _     _        _  _ ", "  |  || |  || |  |  || || |", "  |  ||_|  ||_|  |  ||_||_|", "                           "],
    ["       _     _           _ ", "  |  || |  || |     || || |", "  |  | _|  ||_|  |  ||_||_|", "                           "],
    ["    _  _     _  _  _  _  _  _ ", "  | _| _||_||_ |_   ||_||_|| |", "  ||_  _|  | _||_|  ||_| _||_|", "                              "],
    ["    _  _ ", "  | _| _|", "  ||_  _|", "         ", "    _  _ ", "|_||_ |_ ", "  | _||_|", "         ",
     " _  _  _ ", "  ||_||_|", "  ||_| _|", "         "],
]
for s in samples {
    do { print(try OCR.convert(s)) } catch { print("error:", error) }
}

// expect: 0
// expect: 1
// expect: ?
// expect: error: invalidRowCount(3)
// expect: error: invalidColumnCount(4)
// expect: 110101100
// expect: 11?10?1?0
// expect: 1234567890
// expect: 123,456,789
