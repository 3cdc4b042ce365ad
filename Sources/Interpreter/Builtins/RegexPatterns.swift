import Foundation

/// A Swift `Regex` as notebooks hold it: made from a literal (`#/(\d+)-(\d+)/#`, whose matches
/// answer `m.1`, `m.output.name`) or from `Regex("…")` (output `AnyRegexOutput`).
final class RegexPattern {
    let regex: Regex<AnyRegexOutput>
    /// Each capture's name (nil when unnamed), in order.
    let names: [String?]
    /// Whether each capture's type is optional in a literal's output (`(a)?`, `(a)|b`).
    let optional: [Bool]
    /// A literal's output is a tuple (or a Substring without captures); `Regex("…")`'s is not.
    let typed: Bool

    init(_ regex: Regex<AnyRegexOutput>, source: String, typed: Bool) {
        self.regex = regex
        (names, optional) = RegexPattern.captures(of: source)
        self.typed = typed
    }

    init(_ regex: Regex<AnyRegexOutput>, like other: RegexPattern) {
        self.regex = regex
        names = other.names
        optional = other.optional
        typed = other.typed
    }

    /// Names and optionality of the capture groups, read off the pattern's text.
    static func captures(of source: String) -> ([String?], [Bool]) {
        struct Group { var capture: Int?; var alternated = false; var parents: [Int] }
        var names: [String?] = [], optional: [Bool] = []
        var levels = [Group(capture: nil, parents: [])]   // level 0: the whole pattern
        var open: [Int] = [0]
        var memberOf: [[Int]] = []                          // enclosing levels of each capture
        let chars = Array(source)
        var i = 0, inClass = false
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if inClass { if c == "]" { inClass = false }; i += 1; continue }
            switch c {
            case "[": inClass = true
            case "|": levels[open.last!].alternated = true
            case "(":
                var capture: Int? = names.count
                if i + 1 < chars.count, chars[i + 1] == "?" {
                    capture = nil
                    if i + 2 < chars.count, chars[i + 2] == "<" || chars[i + 2] == "'" || chars[i + 2] == "P",
                       i + 3 < chars.count, !"=!".contains(chars[i + 3]) {
                        let close: Character = chars[i + 2] == "'" ? "'" : ">"
                        var j = i + 3
                        if chars[i + 2] == "P" { j += 1 }
                        var name = ""
                        while j < chars.count, chars[j] != close { name.append(chars[j]); j += 1 }
                        capture = names.count
                        names.append(name)
                    }
                } else {
                    names.append(nil)
                }
                levels.append(Group(capture: capture, parents: open))
                if capture != nil { optional.append(false); memberOf.append(open) }
                open.append(levels.count - 1)
            case ")":
                guard open.count > 1 else { break }
                let level = open.removeLast()
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let quantifiedAway = next == "?" || next == "*" || (next == "{" && i + 2 < chars.count && chars[i + 2] == "0")
                if quantifiedAway {
                    // Every capture inside this group (itself included) may not take part.
                    for (k, parents) in memberOf.enumerated() where parents.contains(level) || levels[level].capture == k {
                        optional[k] = true
                    }
                }
            default: break
            }
            i += 1
        }
        for (k, parents) in memberOf.enumerated() where parents.contains(where: { levels[$0].alternated }) { optional[k] = true }
        return (names, optional)
    }
}

/// One match of a `RegexPattern` in a string.
struct RegexMatchBox {
    let match: Regex<AnyRegexOutput>.Match
    let pattern: RegexPattern

    var whole: Value { .substring(match.output[0].substring ?? "") }

    /// Capture `k` (1-based) as the literal's output type has it.
    func capture(_ k: Int) -> Value {
        let sub = k < match.output.count ? match.output[k].substring : nil
        let optional = k - 1 < pattern.optional.count ? pattern.optional[k - 1] : true
        if optional { return sub.map { .some(.substring($0)) } ?? Value.none }
        return .substring(sub ?? "")
    }

    /// `m.output` of a literal: the whole match, or a tuple of it and the captures.
    var output: Value {
        let count = match.output.count
        if count <= 1 { return whole }
        return .tuple(TupleBox([whole] + (1..<count).map(capture), labels: [nil] + pattern.names))
    }
}
