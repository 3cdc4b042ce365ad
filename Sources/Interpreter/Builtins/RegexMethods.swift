import Foundation

/// `Regex` values, their matches, and the String methods that take one (`matches(of:)`,
/// `firstMatch(of:)`, `wholeMatch(of:)`, `contains(_:)`, `replacing(_:with:)`, `ranges(of:)`,
/// `split(separator:)`, `trimmingPrefix(_:)`, `starts(with:)`), run by Swift's own Regex engine.
enum RegexHost {
    static func install(into host: HostRegistry) {
        let regex = host.defineType("Regex")
        regex.initializer([HostParam()]) { call in
            let source = try call.string(0)
            return .host(HostObject(type: regex, payload: RegexPattern(try Regex(source), source: source, typed: false)))
        }
        let options: [(String, (Regex<AnyRegexOutput>) -> Regex<AnyRegexOutput>)] = [
            ("ignoresCase", { $0.ignoresCase() }), ("anchorsMatchLineEndings", { $0.anchorsMatchLineEndings() }),
            ("dotMatchesNewlines", { $0.dotMatchesNewlines() }),
        ]
        for (name, apply) in options {
            regex.method(name) { call in
                let p = try call.this().payload(as: RegexPattern.self)
                return .host(HostObject(type: regex, payload: RegexPattern(apply(p.regex), like: p)))
            }
        }
        for name in ["firstMatch", "wholeMatch", "prefixMatch"] {
            regex.method(name, [HostParam("in")]) { call in
                let p = try call.this().payload(as: RegexPattern.self)
                return try textPatternCall(call.session.host, text(call[0]), name + "(of:)", p, nil) ?? Value.none
            }
        }
        regex.describe { _ in "Regex<AnyRegexOutput>" }

        let match = host.defineType("Regex.Match")
        match.property("output") { h in
            let m = try h.payload(as: RegexMatchBox.self)
            if m.pattern.typed { return m.output }
            return .host(HostObject(type: host.defineType("AnyRegexOutput"), payload: m))
        }
        match.property("range") { h in Runtime.rangeValue(try h.payload(as: RegexMatchBox.self).match.range) }
        match.actsAsTuple { h in
            guard let m = h.payload as? RegexMatchBox else { return TupleBox([], labels: []) }
            if case .tuple(let t) = m.output { return t }
            return TupleBox([m.whole], labels: [nil])   // `m.0` without captures: the whole match
        }
        match.subscriptGetter { call in
            let m = try call.this().payload(as: RegexMatchBox.self)
            return try element(host, m, call[0])
        }
        match.describe { h in (h.payload as? RegexMatchBox).map { "Match(range: \($0.match.range), output: \(String($0.match.output[0].substring ?? "")))" } ?? "" }

        let output = host.defineType("AnyRegexOutput")
        output.property("count") { .int(try $0.payload(as: RegexMatchBox.self).match.output.count) }
        output.subscriptGetter { call in try element(host, call.this().payload(as: RegexMatchBox.self), call[0]) }

        let part = host.defineType("AnyRegexOutput.Element")
        part.property("substring") { h in
            let e = try h.payload(as: AnyRegexOutput.Element.self)
            return e.substring.map { .some(.substring($0)) } ?? Value.none
        }
        part.property("range") { h in
            try h.payload(as: AnyRegexOutput.Element.self).range.map { .some(Runtime.rangeValue($0)) } ?? Value.none
        }
        part.property("name") { h in
            try h.payload(as: AnyRegexOutput.Element.self).name.map { .some(.string($0)) } ?? Value.none
        }
    }

    /// `#/…/#`: compiled once, when the cell is.
    static func literal(_ source: String, in host: HostRegistry) throws -> Value {
        .host(HostObject(type: host.defineType("Regex"), payload: RegexPattern(try Regex(source), source: source, typed: true)))
    }

    /// `m.output[1]`, `m.output["year"]` of a `Regex("…")` match.
    private static func element(_ host: HostRegistry, _ m: RegexMatchBox, _ key: Value) throws -> Value {
        let type = host.defineType("AnyRegexOutput.Element")
        if case .string(let name) = key {
            return m.match.output[name].map { .some(.host(HostObject(type: type, payload: $0))) } ?? Value.none
        }
        let i = try key.toInt()
        guard i >= 0, i < m.match.output.count else { throw HostError("Fatal error: Index out of range") }
        return .host(HostObject(type: type, payload: m.match.output[i]))
    }

    static func text(_ v: Value) throws -> Substring {
        switch v {
        case .string(let s): return s[...]
        case .substring(let s): return s
        default: throw HostError("expected a String")
        }
    }

    static func matchValue(_ host: HostRegistry, _ m: Regex<AnyRegexOutput>.Match, _ p: RegexPattern) -> Value {
        .host(HostObject(type: host.defineType("Regex.Match"), payload: RegexMatchBox(match: m, pattern: p)))
    }

    /// One of the String methods taking a regex, keyed `name(labels:)`; nil when not one.
    static func textPatternCall(_ host: HostRegistry, _ s: Substring, _ key: String, _ p: RegexPattern,
                                _ replacement: Value?, call: ((Value) throws -> Value)? = nil) throws -> Value? {
        let re = p.regex
        switch key {
        case "matches(of:)": return .array(s.matches(of: re).map { matchValue(host, $0, p) })
        case "firstMatch(of:)": return s.firstMatch(of: re).map { .some(matchValue(host, $0, p)) } ?? Value.none
        case "wholeMatch(of:)": return s.wholeMatch(of: re).map { .some(matchValue(host, $0, p)) } ?? Value.none
        case "prefixMatch(of:)": return s.prefixMatch(of: re).map { .some(matchValue(host, $0, p)) } ?? Value.none
        case "contains(_:)": return .bool(s.contains(re))
        case "starts(with:)": return .bool(s.starts(with: re))
        case "ranges(of:)": return .array(s.ranges(of: re).map(Runtime.rangeValue))
        case "firstRange(of:)": return s.firstRange(of: re).map { .some(Runtime.rangeValue($0)) } ?? Value.none
        case "split(separator:)": return .array(s.split(separator: re).map { .substring($0) })
        case "trimmingPrefix(_:)": return .substring(s.trimmingPrefix(re))
        case "replacing(_:with:)", "replacing(_:_:)":
            if case .string(let r)? = replacement { return .string(String(s.replacing(re, with: r))) }
            guard let call else { return nil }
            var out = "", last = s.startIndex
            for m in s.matches(of: re) {
                out += s[last..<m.range.lowerBound]
                out += try call(matchValue(host, m, p)).toStringValue()
                last = m.range.upperBound
            }
            return .string(out + s[last...])
        default: return nil
        }
    }
}

extension Runtime {
    /// Method names a String call may pass a Regex to: only their call sites look for one.
    static let patternMethodNames: Set<String> = ["matches", "firstMatch", "wholeMatch", "prefixMatch", "contains", "starts",
                                                  "ranges", "firstRange", "split", "trimmingPrefix", "replacing", "substring"]

    /// A String method called with a Regex argument; nil when no argument is one.
    func patternMethod(_ recv: Value, _ name: String, _ labels: [String?], _ args: [Value], at l: Loc) throws -> Value? {
        switch recv {
        case .string, .substring: break
        default: return nil
        }
        if name == "substring", labels == ["with"], case .string(let s) = recv { return try NSRegularExpressionHost.substring(s, args[0]) }
        guard case .host(let h)? = args.first, let p = h.payload as? RegexPattern else { return nil }
        let key = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        let replacement = args.count > 1 ? args[1] : nil
        return try hostCall(l) {
            try RegexHost.textPatternCall(self.session.host, RegexHost.text(recv), key, p, replacement) { m in
                try self.call(replacement ?? .void, [m])
            }
        }
    }
}
