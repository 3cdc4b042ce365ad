/// The dictionary at the start of a `.npy` file: element type and shape (C order only).
struct NPYHeader {
    var dtype: NPYDType
    var shape: [Int]

    /// Parses the Python-literal header dictionary, e.g. `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
    static func parse(_ text: String, source: String) throws -> NPYHeader {
        var parser = PythonLiteralParser(Array(text.utf8))
        let value: PythonLiteral
        do {
            value = try parser.parseValue()
        } catch let problem as PythonLiteralParser.Problem {
            throw DataError.corrupt(path: source, reason: "cannot parse the header \(text.trimmingCharacters(in: .whitespacesAndNewlines)): \(problem.message)")
        }
        guard case .dict(let entries) = value else {
            throw DataError.corrupt(path: source, reason: "the header is not a dictionary")
        }
        func entry(_ key: String) throws -> PythonLiteral {
            guard let found = entries.first(where: { $0.0 == key }) else {
                throw DataError.corrupt(path: source, reason: "the header has no '\(key)' entry")
            }
            return found.1
        }
        guard case .string(let descr) = try entry("descr") else {
            throw DataError.unsupported(path: source, reason: "structured (record) arrays")
        }
        guard let dtype = NPYDType(descr: descr) else {
            let why = descr.hasPrefix(">") ? "big-endian element type '\(descr)'" : "element type '\(descr)'"
            throw DataError.unsupported(path: source, reason: "\(why); supported: "
                + NPYDType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard case .bool(let fortranOrder) = try entry("fortran_order") else {
            throw DataError.corrupt(path: source, reason: "'fortran_order' is not True or False")
        }
        if fortranOrder {
            throw DataError.unsupported(path: source, reason: "fortran_order is True; save a C-order array "
                + "(numpy.ascontiguousarray) instead")
        }
        guard case .tuple(let items) = try entry("shape") else {
            throw DataError.corrupt(path: source, reason: "'shape' is not a tuple")
        }
        var shape: [Int] = []
        for item in items {
            guard case .int(let size) = item, size >= 0 else {
                throw DataError.corrupt(path: source, reason: "'shape' must hold non-negative integers")
            }
            shape.append(size)
        }
        return NPYHeader(dtype: dtype, shape: shape)
    }
}

/// The few Python literal forms a `.npy` header uses.
enum PythonLiteral {
    case string(String), bool(Bool), int(Int), tuple([PythonLiteral]), list([PythonLiteral])
    case dict([(String, PythonLiteral)])
}

/// A recursive-descent parser for Python dict/tuple/list/str/int/bool literals.
struct PythonLiteralParser {
    struct Problem: Error { var message: String }
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseValue(depth: Int = 0) throws -> PythonLiteral {
        guard depth < 32 else { throw Problem(message: "nested too deeply") }
        skipSpaces()
        guard position < bytes.count else { throw Problem(message: "unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            let items = try parseSequence(close: UInt8(ascii: "}"), depth: depth) { parser in
                guard case .string(let key) = try parser.parseValue(depth: depth + 1) else {
                    throw Problem(message: "dictionary keys must be strings")
                }
                try parser.expect(UInt8(ascii: ":"))
                return PythonLiteral.tuple([.string(key), try parser.parseValue(depth: depth + 1)])
            }
            return .dict(items.compactMap { item in
                guard case .tuple(let pair) = item, case .string(let key) = pair[0] else { return nil }
                return (key, pair[1])
            })
        case UInt8(ascii: "("):
            return .tuple(try parseSequence(close: UInt8(ascii: ")"), depth: depth) { try $0.parseValue(depth: depth + 1) })
        case UInt8(ascii: "["):
            return .list(try parseSequence(close: UInt8(ascii: "]"), depth: depth) { try $0.parseValue(depth: depth + 1) })
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return .string(try parseString())
        default:
            return try parseWord()
        }
    }

    private mutating func parseSequence(
        close: UInt8, depth: Int, _ element: (inout PythonLiteralParser) throws -> PythonLiteral
    ) throws -> [PythonLiteral] {
        position += 1
        var items: [PythonLiteral] = []
        while true {
            skipSpaces()
            guard position < bytes.count else { throw Problem(message: "unexpected end") }
            if bytes[position] == close {
                position += 1
                return items
            }
            items.append(try element(&self))
            skipSpaces()
            guard position < bytes.count else { throw Problem(message: "unexpected end") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] != close {
                throw Problem(message: "expected ',' or '\(Character(UnicodeScalar(close)))'")
            }
        }
    }

    private mutating func parseString() throws -> String {
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count && bytes[position] != quote {
            if bytes[position] == UInt8(ascii: "\\") { throw Problem(message: "escapes in strings are not supported") }
            position += 1
        }
        guard position < bytes.count else { throw Problem(message: "unterminated string") }
        defer { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func parseWord() throws -> PythonLiteral {
        let start = position
        while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        switch word {
        case "True": return .bool(true)
        case "False": return .bool(false)
        default:
            // Python 2 wrote long integers as `3L`.
            let digits = word.hasSuffix("L") ? String(word.dropLast()) : word
            guard let value = Int(digits) else { throw Problem(message: "unexpected '\(word)'") }
            return .int(value)
        }
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte == 0x2d
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipSpaces()
        guard position < bytes.count, bytes[position] == byte else {
            throw Problem(message: "expected '\(Character(UnicodeScalar(byte)))'")
        }
        position += 1
    }

    private mutating func skipSpaces() {
        while position < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[position]) { position += 1 }
    }
}
