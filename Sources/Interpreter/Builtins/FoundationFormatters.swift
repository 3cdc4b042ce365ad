import Foundation

/// `NumberFormatter`, `Locale(identifier:)` and `NSNumber` as notebooks see them. The
/// formatting is Foundation's own (the same library swiftc's programs link here), so a
/// notebook prints what the compiled program prints, grouping and rounding included.
enum FoundationFormatters {
    static func install(into host: HostRegistry) {
        let style = host.defineType("NumberFormatter.Style")
        let styles: [(String, NumberFormatter.Style)] = [
            ("decimal", .decimal), ("percent", .percent), ("currency", .currency), ("scientific", .scientific),
            ("spellOut", .spellOut), ("ordinal", .ordinal), ("currencyISOCode", .currencyISOCode),
            ("currencyPlural", .currencyPlural), ("currencyAccounting", .currencyAccounting),
        ]
        for (name, s) in styles { style.staticValue(name, .host(HostObject(type: style, payload: s))) }
        style.equality { ($0.payload as? NumberFormatter.Style) == ($1.payload as? NumberFormatter.Style) }
        style.describe { "\(($0.payload as? NumberFormatter.Style)?.rawValue ?? 0)" }

        let locale = host.defineType("Locale")
        locale.initializer([HostParam("identifier")]) { .host(HostObject(type: locale, payload: Locale(identifier: try $0.string(0)))) }
        // What `Locale.current` is for a compiled program on this platform without LANG: fixed,
        // so a notebook prints the same on every machine.
        let current = Locale(identifier: "en_001")
        locale.staticValue("current", .host(HostObject(type: locale, payload: current)))
        locale.property("identifier") { .string(try $0.payload(as: Locale.self).identifier) }
        locale.describe { ($0.payload as? Locale)?.identifier ?? "" }

        let formatter = host.defineType("NumberFormatter")
        formatter.initializer { _ in
            let f = NumberFormatter()
            f.locale = current
            return .host(HostObject(type: formatter, payload: f))
        }
        formatter.property("numberStyle", get: { .host(HostObject(type: style, payload: try $0.payload(as: NumberFormatter.self).numberStyle)) },
                           set: { f, v in try f.payload(as: NumberFormatter.self).numberStyle = try hostPayload(v, NumberFormatter.Style.self) })
        formatter.property("locale", get: { .host(HostObject(type: locale, payload: try $0.payload(as: NumberFormatter.self).locale as Locale)) },
                           set: { f, v in try f.payload(as: NumberFormatter.self).locale = try hostPayload(v, Locale.self) })
        let integers: [(String, ReferenceWritableKeyPath<NumberFormatter, Int>)] = [
            ("minimumFractionDigits", \.minimumFractionDigits), ("maximumFractionDigits", \.maximumFractionDigits),
            ("minimumIntegerDigits", \.minimumIntegerDigits), ("maximumIntegerDigits", \.maximumIntegerDigits),
            ("minimumSignificantDigits", \.minimumSignificantDigits), ("maximumSignificantDigits", \.maximumSignificantDigits),
            ("groupingSize", \.groupingSize), ("formatWidth", \.formatWidth),
        ]
        for (name, path) in integers {
            formatter.property(name, get: { .int(try $0.payload(as: NumberFormatter.self)[keyPath: path]) },
                               set: { f, v in try f.payload(as: NumberFormatter.self)[keyPath: path] = try v.toInt() })
        }
        let flags: [(String, ReferenceWritableKeyPath<NumberFormatter, Bool>)] = [
            ("usesGroupingSeparator", \.usesGroupingSeparator), ("usesSignificantDigits", \.usesSignificantDigits),
            ("alwaysShowsDecimalSeparator", \.alwaysShowsDecimalSeparator),
        ]
        for (name, path) in flags {
            formatter.property(name, get: { .bool(try $0.payload(as: NumberFormatter.self)[keyPath: path]) },
                               set: { f, v in try f.payload(as: NumberFormatter.self)[keyPath: path] = try v.toBool() })
        }
        let texts: [(String, ReferenceWritableKeyPath<NumberFormatter, String?>)] = [
            ("groupingSeparator", \.groupingSeparator), ("decimalSeparator", \.decimalSeparator),
            ("currencySymbol", \.currencySymbol), ("currencyCode", \.currencyCode), ("positivePrefix", \.positivePrefix),
            ("negativePrefix", \.negativePrefix), ("positiveSuffix", \.positiveSuffix), ("negativeSuffix", \.negativeSuffix),
            ("paddingCharacter", \.paddingCharacter), ("zeroSymbol", \.zeroSymbol), ("percentSymbol", \.percentSymbol),
        ]
        for (name, path) in texts {
            formatter.property(name, get: { .string(try $0.payload(as: NumberFormatter.self)[keyPath: path] ?? "") },
                               set: { f, v in try f.payload(as: NumberFormatter.self)[keyPath: path] = try v.toStringValue() })
        }
        for label in ["from", "for"] {
            formatter.method("string", [HostParam(label)]) { call in
                let f = try call.this().payload(as: NumberFormatter.self)
                guard let n = number(call.optional(0)) else { return Value.none }
                return f.string(from: n).map { .some(.string($0)) } ?? Value.none
            }
        }
        formatter.method("number", [HostParam("from")]) { call in
            let f = try call.this().payload(as: NumberFormatter.self)
            return f.number(from: try call.string(0)).map { .some(value(of: $0)) } ?? Value.none
        }

        formatter.staticMethod("localizedString", [HostParam("from"), HostParam("number", type: style.name)]) { call in
            guard let n = number(call.optional(0)) else { throw HostError("expected a number") }
            return .string(NumberFormatter.localizedString(from: n, number: try hostPayload(call[1], NumberFormatter.Style.self)))
        }

        // `CommandLine.arguments` of a notebook: its program name only (no arguments reach a cell).
        let commandLine = host.defineType("CommandLine")
        commandLine.staticValue("arguments", .array([.string("main")]))
        commandLine.staticValue("argc", .fixed(FixedInt(1, .int32)))

        // `NSNumber(value: x)` is the number itself; its `intValue`… are properties of Int and Double.
        let nsNumber = host.defineType("NSNumber")
        nsNumber.initializer([HostParam("value")]) { call in call[0] }
    }

    static func hostPayload<T>(_ v: Value, _: T.Type) throws -> T {
        guard case .host(let h) = v, let p = h.payload as? T else { throw HostError("expected a \(T.self)") }
        return p
    }

    static func number(_ v: Value?) -> NSNumber? {
        switch v {
        case .int(let x)?: return NSNumber(value: x)
        case .double(let x)?: return NSNumber(value: x)
        case .float(let x)?: return NSNumber(value: x)
        case .bool(let x)?: return NSNumber(value: x)
        case .fixed(let x)?: return x.kind.isSigned ? NSNumber(value: Int64(bitPattern: x.bits)) : NSNumber(value: x.bits)
        default: return nil
        }
    }

    /// A parsed number as the notebook value it reads as: an Int when it is whole.
    static func value(of n: NSNumber) -> Value {
        let d = n.doubleValue
        if d == d.rounded(), abs(d) < 9.0e15 { return .int(n.intValue) }
        return .double(d)
    }

    static let numberProperties: Set<String> = ["intValue", "doubleValue", "floatValue", "stringValue", "boolValue",
                                                "int64Value", "int32Value", "uintValue"]

    /// `n.intValue`, `n.doubleValue`… of a number that came from `NSNumber(value:)`.
    static func numberProperty(_ v: Value, _ name: String) -> Value? {
        guard numberProperties.contains(name), let n = number(v) else { return nil }
        switch name {
        case "intValue": return .int(n.intValue)
        case "doubleValue": return .double(n.doubleValue)
        case "floatValue": return .float(n.floatValue)
        case "stringValue": return .string(n.stringValue)
        case "boolValue": return .bool(n.boolValue)
        case "int64Value": return .fixed(FixedInt(n.int64Value, .int64))
        case "int32Value": return .fixed(FixedInt(n.int32Value, .int32))
        default: return .fixed(FixedInt(n.uintValue, .uint))
        }
    }
}
