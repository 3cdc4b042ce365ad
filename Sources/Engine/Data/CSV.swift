import Foundation

/// A numeric table read from CSV: its column names and its cells, both as the file's Doubles
/// and as a Float tensor of shape [rows, columns].
public struct CSVTable {
    /// Column names from the header, in tensor column order.
    public var columnNames: [String]
    /// The cells in full precision, row by row (`69.8` stays 69.8, as pandas reads it).
    public var cells: [Double]
    /// The cells as the engine trains on them, shape [rows, columnNames.count].
    public var values: Tensor

    public init(columnNames: [String], cells: [Double]) {
        self.columnNames = columnNames
        self.cells = cells
        let rows = columnNames.isEmpty ? 0 : cells.count / columnNames.count
        self.values = Tensor(shape: [rows, columnNames.count], scalars: cells.map { Float($0) })
    }

    /// Number of data rows.
    public var rowCount: Int { values.shape.first ?? 0 }

    /// One column as a tensor of shape [rows].
    public func column(_ name: String) throws -> Tensor {
        Tensor(shape: [rowCount], scalars: try columnValues(name).map { Float($0) })
    }

    /// One column's cells in full precision.
    public func columnValues(_ name: String) throws -> [Double] {
        guard let index = columnNames.firstIndex(of: name) else {
            throw DataError.invalidArgument(function: "CSVTable.column",
                                            reason: "no column '\(name)'; columns are \(columnNames)")
        }
        let width = columnNames.count
        return (0..<rowCount).map { cells[$0 * width + index] }
    }
}

/// Loads numeric CSV tables with a header row (RFC 4180 quoting, CRLF or LF line ends).
public enum CSV {
    /// Reads a CSV file; `columns` selects (and orders) columns by name, nil keeps all (which must then all be numeric).
    public static func load(from path: String, columns: [String]? = nil, delimiter: Character = ",") throws -> CSVTable {
        let data = try DataFile.read(path)
        return try parse(bytes: [UInt8](data), source: path, columns: columns, delimiter: delimiter)
    }

    /// Parses CSV text; `source` names the text in error messages.
    public static func parse(
        _ text: String, columns: [String]? = nil, delimiter: Character = ",", source: String = "<csv>"
    ) throws -> CSVTable {
        try parse(bytes: Array(text.utf8), source: source, columns: columns, delimiter: delimiter)
    }

    static func parse(bytes: [UInt8], source: String, columns: [String]?, delimiter: Character) throws -> CSVTable {
        guard let separator = delimiter.asciiValue, separator != UInt8(ascii: "\""),
              separator != UInt8(ascii: "\n"), separator != UInt8(ascii: "\r") else {
            throw DataError.invalidArgument(function: "CSV.load", reason: "delimiter must be one ASCII character other than a quote or newline, got '\(delimiter)'")
        }
        var reader = CSVRecordReader(bytes: bytes, separator: separator, source: source)
        var record = CSVRecord()
        guard try reader.next(into: &record) else {
            throw DataError.csv(path: source, line: 1, reason: "empty file: expected a header row")
        }
        let names = (0..<record.count).map { record.text($0) }
        let selected = try selectColumns(columns, names: names, source: source, line: record.line)
        var cells: [Double] = []
        var checkedUpTo = 0
        while try reader.next(into: &record) {
            // Every million cells: the cells so far, and the tensor made from them, must fit the
            // budget, and the cell's time must not be up.
            if cells.count - checkedUpTo >= 1 << 20 {
                checkedUpTo = cells.count
                try Allocator.reserve(cells.count, stride: MemoryLayout<Double>.stride + MemoryLayout<Float>.stride, "\(source) (\(cells.count) cells so far)")
                try Allocator.checkDeadline()
            }
            guard record.count == names.count else {
                throw DataError.csv(path: source, line: record.line,
                                    reason: "row has \(record.count) fields, but the header has \(names.count)")
            }
            for index in selected {
                guard let value = record.number(index) else {
                    let cell = record.text(index)
                    let reason = cell.isEmpty ? "empty cell in column '\(names[index])'"
                        : "'\(cell)' in column '\(names[index])' is not a number"
                    throw DataError.csv(path: source, line: record.line, reason: reason)
                }
                cells.append(value)
            }
        }
        try Allocator.reserve(cells.count, "\(source) as a tensor of \(cells.count) values")
        return CSVTable(columnNames: selected.map { names[$0] }, cells: cells)
    }

    private static func selectColumns(_ columns: [String]?, names: [String], source: String, line: Int) throws -> [Int] {
        guard let columns = columns else { return Array(names.indices) }
        return try columns.map { name in
            let matches = names.indices.filter { names[$0] == name }
            guard matches.count == 1 else {
                let problem = matches.isEmpty ? "no column named '\(name)'" : "column name '\(name)' appears \(matches.count) times"
                throw DataError.csv(path: source, line: line, reason: "\(problem) in the header \(names)")
            }
            return matches[0]
        }
    }
}

/// One CSV record: its fields' bytes back to back, reused from row to row to avoid allocations.
struct CSVRecord {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var line = 0

    var count: Int { ends.count }

    private func range(_ index: Int) -> Range<Int> {
        var start = index == 0 ? 0 : ends[index - 1]
        var end = ends[index]
        // Spaces around a cell are not part of it.
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start..<end
    }

    /// A field as text, without surrounding spaces.
    func text(_ index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// A field as a number, or nil if it is empty or not numeric.
    func number(_ index: Int) -> Double? {
        let cell = range(index)
        guard !cell.isEmpty else { return nil }
        guard cell.count < 64 else { return Double(text(index)) }
        // strtod on a small NUL-terminated copy: no String per cell (C locale: "." is the decimal point).
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            var i = 0
            for byte in bytes[cell] {
                base[i] = CChar(bitPattern: byte)
                i += 1
            }
            base[i] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            return end == base + i ? value : nil
        }
    }
}

/// Splits CSV bytes into records of fields, tracking the line each record starts on.
struct CSVRecordReader {
    private let bytes: [UInt8]
    private let separator: UInt8
    private let source: String
    private var position = 0
    private var line = 1

    init(bytes: [UInt8], separator: UInt8, source: String) {
        // A UTF-8 byte-order mark is not part of the first column's name.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.bytes = bytes
        self.separator = separator
        self.source = source
        position = hasBOM ? 3 : 0
    }

    /// Reads the next non-blank record into `record`; false at the end of the input.
    mutating func next(into record: inout CSVRecord) throws -> Bool {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        while position < bytes.count {
            record.line = line
            record.bytes.removeAll(keepingCapacity: true)
            record.ends.removeAll(keepingCapacity: true)
            var fieldStart = 0
            var atLineEnd = false
            while position < bytes.count && !atLineEnd {
                let byte = bytes[position]
                if byte == quote && record.bytes[fieldStart...].allSatisfy({ $0 == 0x20 }) {
                    record.bytes.removeSubrange(fieldStart...)
                    try readQuoted(into: &record.bytes)
                    while position < bytes.count && bytes[position] == 0x20 { position += 1 }
                    if position < bytes.count, ![separator, newline, carriage].contains(bytes[position]) {
                        throw DataError.csv(path: source, line: line, reason: "unexpected text after a closing quote")
                    }
                    continue
                }
                position += 1
                switch byte {
                case separator:
                    record.ends.append(record.bytes.count)
                    fieldStart = record.bytes.count
                case newline:
                    atLineEnd = true
                    line += 1
                case carriage:
                    if position < bytes.count && bytes[position] == newline { position += 1 }
                    atLineEnd = true
                    line += 1
                case quote:
                    throw DataError.csv(path: source, line: line, reason: "unexpected quote inside an unquoted field")
                default:
                    record.bytes.append(byte)
                }
            }
            record.ends.append(record.bytes.count)
            let blank = record.count == 1 && record.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !blank { return true }
        }
        return false
    }

    /// Reads a quoted field starting at the opening quote; `""` inside means one quote.
    private mutating func readQuoted(into field: inout [UInt8]) throws {
        let quote = UInt8(ascii: "\"")
        let openLine = line
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == quote {
                if position < bytes.count && bytes[position] == quote {
                    field.append(quote)
                    position += 1
                } else {
                    return
                }
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
        }
        throw DataError.csv(path: source, line: openLine, reason: "quoted field is never closed")
    }
}
