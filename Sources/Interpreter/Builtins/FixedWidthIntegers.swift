import SwiftSyntax

/// Fixed-width integer types: literals, initializers (`UInt8(x)`, `truncatingIfNeeded:`,
/// `clamping:`, `exactly:`, `bitPattern:`, `ascii:`, `radix:`), static and instance members.
extension Compiler {
    /// An integer literal typed as `kind` (`let b: UInt8 = 200`); out of range is a compile error.
    func fixedLiteral(_ v: Int, _ kind: IntKind, _ node: some SyntaxProtocol) throws -> Value {
        guard let r = try? kind.visit(ExactConversion(from: .signed(Int64(v)), kind: kind)) else {
            throw error("integer literal '\(v)' overflows when stored into '\(kind.name)'", node)
        }
        return r
    }
}

extension Compiler {
    /// A literal above Int.max typed `UInt64` or `UInt` (`let h: UInt64 = 0xcbf29ce484222325`);
    /// `UInt64` where the context is not known here (`square(64) == 9_223_372_036_854_775_808`
    /// compiles in Swift only against an unsigned operand).
    func unsignedLiteral(_ i: IntegerLiteralExprSyntax, _ expected: TypeSpec?) throws -> Value? {
        var k = IntKind.uint64
        if case .fixed(let e)? = expected, e == .uint { k = e }
        var text = i.literal.text.replacingOccurrences(of: "_", with: "")
        var radix = 10
        for (p, r) in [("0x", 16), ("0b", 2), ("0o", 8)] where text.hasPrefix(p) { radix = r; text.removeFirst(2) }
        guard let v = UInt64(text, radix: radix), v > UInt64(Int.max) else { return nil }
        return .fixed(FixedInt(v, k))
    }
}

extension Runtime {
    /// `UInt8(x)` and the other initializers of a fixed-width type (`Int` included for the
    /// forms only fixed-width sources need: `Int(u)`, `Int(truncatingIfNeeded:)`…).
    func constructFixed(_ kind: IntKind, _ a: [Value], _ labels: [String?], at l: Loc) throws -> Value? {
        guard let first = a.first else { return kind == .int ? .int(0) : .fixed(FixedInt(0, kind)) }
        let label = labels.first ?? nil
        switch (label, first) {
        case (nil, .double(let d)): return try kind.visit(DoubleConversion(value: d, kind: kind, at: l))
        case (nil, .float(let f)): return try kind.visit(DoubleConversion(value: Double(f), kind: kind, at: l))
        case (nil, .string(let s)):
            let radix = a.count == 2 ? try a[1].toInt() : 10
            return try kind.visit(ParseInteger(text: s, radix: radix, kind: kind))
        case (nil, .substring(let s)):
            let radix = a.count == 2 ? try a[1].toInt() : 10
            return try kind.visit(ParseInteger(text: String(s), radix: radix, kind: kind))
        case ("ascii", .character(let c)):
            guard let v = c.asciiValue else { throw RunError(.runtime, "Fatal error: Code point value does not fit into ASCII", at: l) }
            return .integer(v, kind)
        case ("ascii", .string(let t)) where t.count == 1:
            return try constructFixed(kind, [.character(t.first ?? " ")], labels, at: l)
        case ("exactly", .double(let d)):
            return try kind.visit(DoubleExactly(value: d, kind: kind))
        default: break
        }
        guard let (w, _) = first.wideInteger else { return nil }
        switch label {
        case nil:
            guard let r = try? kind.visit(ExactConversion(from: w, kind: kind)) else {
                let negative = w.isNegative && !kind.isSigned
                throw RunError(.runtime, negative ? "Fatal error: Negative value is not representable" : "Fatal error: Not enough bits to represent the passed value", at: l)
            }
            return r
        case "truncatingIfNeeded", "bitPattern": return try kind.visit(Truncating(from: w, kind: kind))
        case "clamping": return try kind.visit(Clamping(from: w, kind: kind))
        case "exactly": return (try? kind.visit(ExactConversion(from: w, kind: kind))).map { .some($0) } ?? Value.none
        default: return nil
        }
    }

    /// `UInt8.max`, `Int16.min`, `UInt32.bitWidth`, `UInt.zero`.
    static func fixedStatic(_ kind: IntKind, _ name: String) -> Value? {
        try? kind.visit(StaticMember(name: name, kind: kind))
    }

    /// Instance properties of any integer (`x.bitWidth`, `x.leadingZeroBitCount`, `magnitude`…).
    func integerProperty(_ v: Value, _ name: String) -> Value? {
        switch v {
        case .int(let x): return try? IntKind.int.visit(IntegerProperty(bits: UInt64(truncatingIfNeeded: x), name: name, kind: .int))
        case .fixed(let f): return try? f.kind.visit(IntegerProperty(bits: f.bits, name: name, kind: f.kind))
        default: return nil
        }
    }

    /// `addingReportingOverflow(_:)`, `quotientAndRemainder(dividingBy:)`, `signum()`… of any integer.
    func integerMethod(_ v: Value, _ key: String, _ a: [Value], at l: Loc) throws -> Value? {
        guard let (w, kind) = v.wideInteger else { return nil }
        let other = a.first?.wideInteger?.0
        return try kind.visit(IntegerMethod(x: w, y: other, key: key, kind: kind, at: l))
    }
}

private struct ExactConversion: FixedVisitor {
    let from: WideInt, kind: IntKind
    struct Unrepresentable: Error {}
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        guard let v = from.exactly(T.self) else { throw Unrepresentable() }
        return .integer(v, kind)
    }
}

private struct Truncating: FixedVisitor {
    let from: WideInt, kind: IntKind
    func visit<T: FixedWidthInteger>(_ t: T.Type) -> Value { .integer(from.truncating(T.self), kind) }
}

private struct Clamping: FixedVisitor {
    let from: WideInt, kind: IntKind
    func visit<T: FixedWidthInteger>(_ t: T.Type) -> Value { .integer(from.clamping(T.self), kind) }
}

/// `UInt8(3.7)`: truncates toward zero, traps as Swift does when the value does not fit.
private struct DoubleConversion: FixedVisitor {
    let value: Double, kind: IntKind, at: Loc
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        let name = kind.name
        guard value.isFinite else {
            throw RunError(.runtime, "Fatal error: Double value cannot be converted to \(name) because it is either infinite or NaN", at: at)
        }
        guard let v = T(exactly: value.rounded(.towardZero)) else {
            let side = value < 0 ? "less than \(name).min" : "greater than \(name).max"
            throw RunError(.runtime, "Fatal error: Double value cannot be converted to \(name) because the result would be \(side)", at: at)
        }
        return .integer(v, kind)
    }
}

private struct DoubleExactly: FixedVisitor {
    let value: Double, kind: IntKind
    func visit<T: FixedWidthInteger>(_ t: T.Type) -> Value { T(exactly: value).map { .some(.integer($0, kind)) } ?? Value.none }
}

private struct ParseInteger: FixedVisitor {
    let text: String, radix: Int, kind: IntKind
    func visit<T: FixedWidthInteger>(_ t: T.Type) -> Value {
        guard (2...36).contains(radix) else { return Value.none }
        return T(text, radix: radix).map { .some(.integer($0, kind)) } ?? Value.none
    }
}

private struct StaticMember: FixedVisitor {
    let name: String, kind: IntKind
    struct Missing: Error {}
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        switch name {
        case "max": return .integer(T.max, kind)
        case "min": return .integer(T.min, kind)
        case "zero": return .integer(T.zero, kind)
        case "bitWidth": return .int(T.bitWidth)
        case "isSigned": return .bool(T.isSigned)
        default: throw Missing()
        }
    }
}

private struct IntegerProperty: FixedVisitor {
    let bits: UInt64, name: String, kind: IntKind
    struct Missing: Error {}
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        let x = T(truncatingIfNeeded: bits)
        switch name {
        case "bitWidth": return .int(x.bitWidth)
        case "leadingZeroBitCount": return .int(x.leadingZeroBitCount)
        case "trailingZeroBitCount": return .int(x.trailingZeroBitCount)
        case "nonzeroBitCount": return .int(x.nonzeroBitCount)
        case "byteSwapped": return .integer(x.byteSwapped, kind)
        case "bigEndian": return .integer(x.bigEndian, kind)
        case "littleEndian": return .integer(x.littleEndian, kind)
        case "magnitude": return .integer(x.magnitude, kind.unsigned)
        case "description": return .string(String(x))
        case "words": return .array(x.words.map { .integer($0, .uint) })
        default: throw Missing()
        }
    }
}

private struct IntegerMethod: FixedVisitor {
    let x: WideInt, y: WideInt?, key: String, kind: IntKind, at: Loc
    struct Missing: Error {}
    func visit<T: FixedWidthInteger>(_ t: T.Type) throws -> Value {
        let a = x.truncating(T.self)
        if key == "signum()" { return .integer(a.signum(), kind) }
        guard let y else { throw Missing() }
        let b = y.truncating(T.self)
        func report(_ r: (partialValue: T, overflow: Bool)) -> Value {
            .tuple(TupleBox([.integer(r.partialValue, kind), .bool(r.overflow)], labels: ["partialValue", "overflow"]))
        }
        switch key {
        case "addingReportingOverflow(_:)": return report(a.addingReportingOverflow(b))
        case "subtractingReportingOverflow(_:)": return report(a.subtractingReportingOverflow(b))
        case "multipliedReportingOverflow(by:)": return report(a.multipliedReportingOverflow(by: b))
        case "dividedReportingOverflow(by:)": return report(a.dividedReportingOverflow(by: b))
        case "remainderReportingOverflow(dividingBy:)": return report(a.remainderReportingOverflow(dividingBy: b))
        case "quotientAndRemainder(dividingBy:)":
            if b == 0 { throw RunError(.runtime, "Fatal error: Division by zero", at: at) }
            if T.isSigned && b == -1 && a == T.min { throw RunError(.runtime, "Fatal error: Division results in an overflow", at: at) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            return .tuple(TupleBox([.integer(q, kind), .integer(r, kind)], labels: ["quotient", "remainder"]))
        case "isMultiple(of:)":
            return .bool(b == 0 ? a == 0 : (T.isSigned && b == -1) || a % b == 0)
        default: throw Missing()
        }
    }
}
