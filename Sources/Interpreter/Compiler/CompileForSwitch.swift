import SwiftSyntax

/// `for-in` loops (ranges without allocation, arrays, dictionaries, strings, strides) and
/// `switch` statements.
extension Compiler {
    func forLoop(_ fo: ForStmtSyntax, label: String?) throws -> Exec {
        if fo.awaitKeyword != nil { throw unsupported("'for await'", fo) }
        if loopNeedsFreshScope([Syntax(fo.pattern), Syntax(fo.body), fo.whereClause.map(Syntax.init)]) { return try freshForLoop(fo, label: label) }
        let seqSyntax = fo.sequence
        // Fast path: `for i in a..<b` / `a...b` bound to a plain name.
        var rangeParts: (Eval, Eval, Bool)?
        if let inf = seqSyntax.as(InfixOperatorExprSyntax.self),
           let op = inf.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text == "..<" || op.operator.text == "..." {
            rangeParts = (try expr(inf.leftOperand, .int), try expr(inf.rightOperand, .int), op.operator.text == "...")
        }
        let seq = rangeParts == nil ? try expr(seqSyntax) : nil
        let id = pushLoop(label)
        defer { ctx.loops.removeLast() }
        return try withScope {
            let bind: (Frame, Value) throws -> Void
            var directSlot: Int?
            var caseMatcher: Matcher?
            if fo.caseKeyword != nil {
                caseMatcher = try pattern(fo.pattern, binding: false)
                bind = { _, _ in }
            } else if let idp = fo.pattern.as(IdentifierPatternSyntax.self) {
                let l = ctx.declare(idp.identifier.text, type: nil, mutable: false)
                directSlot = l.slot
                let s = l.slot
                bind = { f, v in f.slots[s] = v }
            } else if fo.pattern.is(WildcardPatternSyntax.self) {
                bind = { _, _ in }
            } else {
                bind = try patternBinder(fo.pattern, type: nil, mutable: false)
            }
            let whereCond = try fo.whereClause.map { try condition($0.condition) }
            let body = try block(fo.body.statements)
            let rt = self.rt
            let l = loc(fo.sequence)
            // Runs one iteration; nil means leave the loop with that flow.
            let step: (Frame, Value) throws -> Flow? = { f, item in
                if let m = caseMatcher, !(try m(f, item)) { return nil }
                if let w = whereCond, !(try w(f)) { return nil }
                switch try body(f) {
                case .normal: return nil
                case .breakLoop(let t): return t == id ? .normal : .breakLoop(t)
                case .continueLoop(let t): return t == id ? nil : .continueLoop(t)
                case .returned: return .returned
                }
            }
            if let (lo, hi, closed) = rangeParts {
                return { f in
                    guard case .int(let a) = try lo(f), case .int(var b) = try hi(f) else {
                        throw RunError(.runtime, "for-in over a range needs Int bounds", at: l)
                    }
                    if closed {
                        if b < a { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
                        if b == Int.max {
                            // `2...Int.max`: no half-open end exists, so the last value is tested.
                            var i = a
                            while true {
                                try rt.tick()
                                try bind(f, .int(i))
                                if let out = try step(f, .int(i)) {
                                    if case .normal = out { return .normal }
                                    return out
                                }
                                if i == b { return .normal }
                                i += 1
                            }
                        }
                        b += 1
                    } else if b < a {
                        throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l)
                    }
                    var i = a
                    if let s = directSlot {
                        while i < b {
                            try rt.tick()
                            f.slots[s] = .int(i)
                            if let out = try step(f, .void) {
                                if case .normal = out { return .normal }
                                return out
                            }
                            i += 1
                        }
                        return .normal
                    }
                    while i < b {
                        try rt.tick()
                        try bind(f, .int(i))
                        if let out = try step(f, .int(i)) {
                            if case .normal = out { return .normal }
                            return out
                        }
                        i += 1
                    }
                    return .normal
                }
            }
            let source: Eval
            if let seq { source = seq } else { source = { _ in .void } }
            return { f in
                let v = try source(f)
                var result: Flow = .normal
                try rt.iterate(v, at: l) { item in
                    try rt.tick()
                    try bind(f, item)
                    if let out = try step(f, item) {
                        result = out
                        return false
                    }
                    return true
                }
                return result
            }
        }
    }

    func switchStatement(_ s: SwitchExprSyntax, label: String? = nil) throws -> Exec {
        let subject = try expr(s.subject)
        let valueSlot = valueSwitchSlot
        valueSwitchSlot = nil
        let id = pushLoop(label, isSwitch: true)
        defer { ctx.loops.removeLast() }
        var cases: [SwitchCase] = []
        for c in s.cases {
            guard case .switchCase(let sc) = c else { throw unsupported("'#if' in a switch", c) }
            let endsWithFallthrough: Bool = {
                if let last = sc.statements.last, case .stmt(let st) = last.item, st.is(FallThroughStmtSyntax.self) { return true }
                return false
            }()
            let compiled: ((Frame, Value) throws -> Bool, Exec) = try withScope {
                let matcher: (Frame, Value) throws -> Bool
                switch sc.label {
                case .default:
                    matcher = { _, _ in true }
                case .case(let lbl):
                    var items: [MatcherRef] = []
                    for (k, item) in lbl.caseItems.enumerated() {
                        ctx.sharesBindings = k > 0
                        defer { ctx.sharesBindings = false }
                        let p = try pattern(item.pattern, binding: false)
                        if let w = item.whereClause {
                            let cond = try condition(w.condition)
                            items.append(MatcherRef { f, v in try p(f, v) && (try cond(f)) })
                        } else {
                            items.append(MatcherRef(p))
                        }
                    }
                    let all = items
                    if all.count == 1 { matcher = all[0].run } else {
                        matcher = { f, v in
                            for m in all where try m.run(f, v) { return true }
                            return false
                        }
                    }
                }
                var stmts = Array(sc.statements)
                if endsWithFallthrough { stmts.removeLast() }
                let items = CodeBlockItemListSyntax(stmts)
                // (Not `valueSlot.map { … } ?? …`: the generic `map` and `??` would store the
                // body reabstracted, behind conversion thunks.)
                let body: Exec
                if let (slot, type) = valueSlot { body = try valueBlock(items, slot: slot, type) } else { body = try block(items) }
                return (matcher, body)
            }
            cases.append(SwitchCase(matches: compiled.0, body: compiled.1, fallsThrough: endsWithFallthrough))
        }
        let list = cases
        let l = loc(s)
        return { f in
            let v = try subject(f)
            var i = 0
            while i < list.count {
                if try list[i].matches(f, v) {
                    var j = i
                    while true {
                        let r = try list[j].body(f)
                        if case .breakLoop(let t) = r, t == id { return .normal }
                        if case .normal = r, list[j].fallsThrough, j + 1 < list.count { j += 1; continue }
                        return r
                    }
                }
                i += 1
            }
            throw RunError(.runtime, "Fatal error: switch did not match any case", at: l)
        }
    }
}

/// One compiled `case` of a `switch`. A struct, not a tuple: closures inside an array of
/// tuples are stored reabstracted and each call goes through conversion thunks.
struct SwitchCase {
    let matches: (Frame, Value) throws -> Bool
    let body: Exec
    let fallsThrough: Bool
}

extension Runtime {
    /// Calls `body` with each element of a sequence value until it returns false.
    func iterate(_ v: Value, at l: Loc, _ body: (Value) throws -> Bool) throws {
        switch v {
        case .array(let items):
            for x in items where !(try body(x)) { return }
        case .range(let r):
            if case .int(let lo) = r.lower, case .int(let hi) = r.upper {
                if hi < lo { throw RunError(.runtime, "Fatal error: Range requires lowerBound <= upperBound", at: l) }
                var i = lo
                let end = r.closed ? hi : hi - 1
                while i <= end {
                    if !(try body(.int(i))) { return }
                    if i == end { break }
                    i += 1
                }
                return
            }
            if case .void = r.upper, case .int = r.lower {
                // `for i in 1...`: endless until a `break`.
                let next = try elementStream(v, at: l)
                while let x = try next() {
                    try tick()
                    if !(try body(x)) { return }
                }
                return
            }
            if let items = try stdlibSequence(v, at: l) {
                for x in items where !(try body(x)) { return }
                return
            }
            throw RunError(.runtime, "cannot iterate over a range of \(r.lower.typeName)", at: l)
        case .dictionary(let d):
            for i in 0..<d.count where !(try body(.tuple(TupleBox([d.keys[i], d.values[i]], labels: ["key", "value"])))) { return }
        case .set(let s):
            for x in s.items where !(try body(x)) { return }
        case .string(let s):
            for c in s where !(try body(.character(c))) { return }
        case .substring(let s):
            for c in s where !(try body(.character(c))) { return }
        case .host(let h):
            if h.payload is LazySequence {
                let next = try elementStream(v, at: l)
                while let x = try next() {
                    try tick()
                    if !(try body(x)) { return }
                }
                return
            }
            if let t = h.type.tupleHook {
                for x in t(h).values where !(try body(x)) { return }
                return
            }
            throw RunError(.runtime, "for-in loop requires '\(h.type.name)' to be a sequence", at: l)
        case .some(let w):
            try iterate(w, at: l, body)
        default:
            if let next = try userIterator(v, at: l) {
                while let x = try next() {
                    if !(try body(x)) { return }
                }
                return
            }
            throw RunError(.runtime, "for-in loop requires '\(v.typeName)' to conform to 'Sequence'", at: l)
        }
    }
}
