import Foundation

/// A numeric table read from CSV: its column names and a Float tensor of shape [rows, columns].
public struct CSVTable {
    /// Column names from the header, in tensor column order.
    public var columnNames: [String]
    /// The cells, shape [rows, columnNames.count].
    public var values: Tensor

    /// Number of data rows.
    public var rowCount: Int { values.shape.first ?? 0 }

    /// One column as a tensor of shape [rows].
    public func column(_ name: String) throws -> Tensor {
        guard let index = columnNames.firstIndex(of: name) else {
            throw DataError.invalidArgument(function: "CSVTable.column",
                                            reason: "no column '\(name)'; columns are \(columnNames)")
        }
        let width = columnNames.count
        let scalars = (0..<rowCount).map { values.scalars[$0 * width + index] }
        return Tensor(shape: [rowCount], scalars: scalars)
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
        guard let header = try reader.next() else {
            throw DataError.csv(path: source, line: 1, reason: "empty file: expected a header row")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let selected = try selectColumns(columns, names: names, source: source, line: header.line)
        var scalars: [Float] = []
        var rows = 0
        while let record = try reader.next() {
            guard record.fields.count == names.count else {
                throw DataError.csv(path: source, line: record.line,
                                    reason: "row has \(record.fields.count) fields, but the header has \(names.count)")
            }
            for index in selected {
                let cell = record.fields[index].trimmingCharacters(in: .whitespaces)
                guard !cell.isEmpty else {
                    throw DataError.csv(path: source, line: record.line, reason: "empty cell in column '\(names[index])'")
                }
                guard let value = Float(cell) else {
                    throw DataError.csv(path: source, line: record.line,
                                        reason: "'\(cell)' in column '\(names[index])' is not a number")
                }
                scalars.append(value)
            }
            rows += 1
        }
        return CSVTable(columnNames: selected.map { names[$0] }, values: Tensor(shape: [rows, selected.count], scalars: scalars))
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

    /// The next non-blank record and its 1-based starting line, or nil at the end.
    mutating func next() throws -> (fields: [String], line: Int)? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        while position < bytes.count {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var atLineEnd = false
            while position < bytes.count && !atLineEnd {
                let byte = bytes[position]
                if byte == quote && field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                    field = try readQuoted()
                    skipSpaces()
                    if position < bytes.count, ![separator, newline, carriage].contains(bytes[position]) {
                        throw DataError.csv(path: source, line: line, reason: "unexpected text after a closing quote")
                    }
                    continue
                }
                position += 1
                switch byte {
                case separator:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field = []
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
                    field.append(byte)
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if fields.count == 1 && fields[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }  // blank line
            return (fields, startLine)
        }
        return nil
    }

    /// Reads a quoted field starting at the opening quote; `""` inside means one quote.
    private mutating func readQuoted() throws -> [UInt8] {
        let quote = UInt8(ascii: "\"")
        let openLine = line
        var field: [UInt8] = []
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == quote {
                if position < bytes.count && bytes[position] == quote {
                    field.append(quote)
                    position += 1
                } else {
                    return field
                }
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
        }
        throw DataError.csv(path: source, line: openLine, reason: "quoted field is never closed")
    }

    private mutating func skipSpaces() {
        while position < bytes.count && bytes[position] == UInt8(ascii: " ") { position += 1 }
    }
}
