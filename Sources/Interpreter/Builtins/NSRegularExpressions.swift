import Foundation

/// `NSRegularExpression`, `NSTextCheckingResult` and `NSRange` as notebooks see them, run by
/// Foundation itself: `matches(in:options:range:)`, `firstMatch`, `numberOfMatches`,
/// `stringByReplacingMatches(…withTemplate:)`, `Range(nsRange, in: s)`, `(s as NSString).substring(with:)`.
enum NSRegularExpressionHost {
    static func install(into host: HostRegistry) {
        let range = host.defineType("NSRange")
        func nsRangeValue(_ r: NSRange) -> Value { .host(HostObject(type: range, payload: r)) }
        range.initializer([HostParam("location"), HostParam("length")]) { nsRangeValue(NSRange(location: try $0.int(0), length: try $0.int(1))) }
        range.initializer([HostParam(), HostParam("in")]) { call in
            let s = try call.string(1)
            // `s.startIndex...`, `a..<b`, `a...b`: bounds as String subscripts read them.
            guard case .range(let r) = call[0], let (lo, hi) = try call.session.rt.textBounds(s[...], r, at: .unknown) else {
                throw HostError("expected a range of String indices")
            }
            return nsRangeValue(NSRange(lo..<hi, in: s))
        }
        range.property("location") { .int(try $0.payload(as: NSRange.self).location) }
        range.property("length") { .int(try $0.payload(as: NSRange.self).length) }
        range.property("lowerBound") { .int(try $0.payload(as: NSRange.self).lowerBound) }
        range.property("upperBound") { .int(try $0.payload(as: NSRange.self).upperBound) }
        range.describe { ($0.payload as? NSRange).map { "{\($0.location), \($0.length)}" } ?? "" }
        range.equality { ($0.payload as? NSRange) == ($1.payload as? NSRange) }
        range.hasValueSemantics = true
        host.function("NSMakeRange", [HostParam(), HostParam()]) { nsRangeValue(NSMakeRange(try $0.int(0), try $0.int(1))) }
        host.value("NSNotFound", .int(NSNotFound))
        // `Range(nsRange, in: s)`: the String.Index range, or nil.
        let indexRange = host.defineType("Range")
        indexRange.initializer([HostParam(), HostParam("in")]) { call in
            let s = try call.string(1)
            guard let r = Range(try FoundationFormatters.hostPayload(call[0], NSRange.self), in: s) else { return Value.none }
            return .some(Runtime.rangeValue(r))
        }

        let options = host.defineType("NSRegularExpression.Options")
        options.membersNeedContext = true   // `.caseInsensitive` is String.CompareOptions' too
        let all: [(String, NSRegularExpression.Options)] = [
            ("caseInsensitive", .caseInsensitive), ("allowCommentsAndWhitespace", .allowCommentsAndWhitespace),
            ("ignoreMetacharacters", .ignoreMetacharacters), ("dotMatchesLineSeparators", .dotMatchesLineSeparators),
            ("anchorsMatchLines", .anchorsMatchLines), ("useUnixLineSeparators", .useUnixLineSeparators),
            ("useUnicodeWordBoundaries", .useUnicodeWordBoundaries),
        ]
        for (name, o) in all { options.staticValue(name, .host(HostObject(type: options, payload: o))) }

        let result = host.defineType("NSTextCheckingResult")
        result.property("range") { nsRangeValue(try $0.payload(as: NSTextCheckingResult.self).range) }
        result.property("numberOfRanges") { .int(try $0.payload(as: NSTextCheckingResult.self).numberOfRanges) }
        result.method("range", [HostParam("at")]) { call in
            let r = try call.this().payload(as: NSTextCheckingResult.self)
            let i = try call.int(0)
            guard i >= 0, i < r.numberOfRanges else { throw HostError("Fatal error: range(at:) index \(i) out of bounds") }
            return nsRangeValue(r.range(at: i))
        }
        result.method("range", [HostParam("withName")]) { nsRangeValue(try $0.this().payload(as: NSTextCheckingResult.self).range(withName: try $0.string(0))) }

        let regex = host.defineType("NSRegularExpression")
        regex.initializer([HostParam("pattern"), HostParam("options", type: options.name, default: .array([]))]) { call in
            .host(HostObject(type: regex, payload: try NSRegularExpression(pattern: try call.string(0), options: matchOptions(call[1]))))
        }
        regex.property("pattern") { .string(try $0.payload(as: NSRegularExpression.self).pattern) }
        regex.property("numberOfCaptureGroups") { .int(try $0.payload(as: NSRegularExpression.self).numberOfCaptureGroups) }
        let searchParams = [HostParam("in"), HostParam("options", default: .array([])), HostParam("range")]
        regex.method("matches", searchParams) { call in
            let (re, s, r) = try search(call)
            return .array(re.matches(in: s, range: r).map { .host(HostObject(type: result, payload: $0)) })
        }
        regex.method("firstMatch", searchParams) { call in
            let (re, s, r) = try search(call)
            return re.firstMatch(in: s, range: r).map { .some(.host(HostObject(type: result, payload: $0))) } ?? Value.none
        }
        regex.method("numberOfMatches", searchParams) { call in
            let (re, s, r) = try search(call)
            return .int(re.numberOfMatches(in: s, range: r))
        }
        regex.method("rangeOfFirstMatch", searchParams) { call in
            let (re, s, r) = try search(call)
            return nsRangeValue(re.rangeOfFirstMatch(in: s, range: r))
        }
        regex.method("stringByReplacingMatches", searchParams + [HostParam("withTemplate")]) { call in
            let (re, s, r) = try search(call)
            return .string(re.stringByReplacingMatches(in: s, range: r, withTemplate: try call.string(3)))
        }
        regex.staticMethod("escapedPattern", [HostParam("for")]) { .string(NSRegularExpression.escapedPattern(for: try $0.string(0))) }
        regex.staticMethod("escapedTemplate", [HostParam("for")]) { .string(NSRegularExpression.escapedTemplate(for: try $0.string(0))) }
    }

    private static func search(_ call: HostCall) throws -> (NSRegularExpression, String, NSRange) {
        (try call.this().payload(as: NSRegularExpression.self), try call.string(0), try FoundationFormatters.hostPayload(call[2], NSRange.self))
    }

    /// `[]`, `.caseInsensitive` or `[.caseInsensitive, .anchorsMatchLines]`.
    static func matchOptions(_ v: Value) throws -> NSRegularExpression.Options {
        if case .array(let items) = v { return try items.reduce(into: []) { $0.formUnion(try matchOptions($1)) } }
        return try FoundationFormatters.hostPayload(v, NSRegularExpression.Options.self)
    }

    /// `(s as NSString).substring(with: range)`: the UTF-16 range's text.
    static func substring(_ s: String, _ v: Value) throws -> Value? {
        guard case .host(let h) = v, let r = h.payload as? NSRange else { return nil }
        return .string((s as NSString).substring(with: r))
    }
}
