import SwiftSyntax

/// Choosing among overloads: by labels, then by how the arguments' static types fit the
/// parameter types (metatypes included), and which overloads only run time can tell apart.
extension Compiler {
    func shapes(_ params: [Param]) -> [ParamShape] {
        params.map(\.shape)
    }

    /// The overload whose labels match; among several (`show(_ v: Int)`, `show(_ v: Double)`),
    /// the one whose parameter types fit the arguments' static types best, the latest
    /// declared on a tie.
    func pickOverload(_ fs: [Function], _ args: [CallArg]) -> (Function, [ArgBinding])? {
        let labels = args.map(\.label), trailing = args.map(\.trailing)
        var best: (Function, [ArgBinding], Int)?
        for fn in fs.reversed() {
            guard let b = matchArguments(shapes(fn.params), labels: labels, trailing: trailing) else { continue }
            if fs.count == 1 { return (fn, b) }
            // Swift prefers the overload that needs fewer default arguments (`score(word)`
            // calls `score(_:)`, not `score(_:doubleLetterAt:tripleWord:)`).
            // An empty variadic counts like a default: `self.init()` is `init()`, not `init(_: T...)`.
            let defaults = b.filter {
                switch $0 {
                case .defaulted, .variadic([]): return true
                default: return false
                }
            }.count
            let score = overloadScore(fn.params, b, args, generics: fn.genericParams) * 100 - defaults
            if best == nil || score > (best?.2 ?? 0) { best = (fn, b, score) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Overloads that static types cannot tell apart (arguments of unknown type) but whose
    /// parameter types differ: chosen at run time from the argument values. Only for plain
    /// positional arguments; latest declared first.
    func runtimeOverloads(_ fs: [Function], _ args: [CallArg]) -> [Function] {
        guard fs.count > 1, !args.contains(where: { $0.isInout || $0.trailing }) else { return [] }
        let labels = args.map(\.label), trailing = args.map(\.trailing)
        var scored: [(Function, Int)] = []
        for fn in fs.reversed() {
            guard fn.params.count == args.count, !fn.params.contains(where: { $0.isInout || $0.variadic }),
                  let b = matchArguments(shapes(fn.params), labels: labels, trailing: trailing) else { continue }
            scored.append((fn, overloadScore(fn.params, b, args, generics: fn.genericParams)))
        }
        guard let top = scored.map(\.1).max() else { return [] }
        let tied = scored.filter { $0.1 == top }.map(\.0)
        let distinct = Set(tied.map(\.signatureKey)).count
        return tied.count > 1 && distinct == tied.count ? tied : []
    }

    /// How well arguments fit parameter types: exact static type 2, an Int literal for a
    /// Double or Float 1, unknown 0, a clear mismatch -100.
    private func overloadScore(_ params: [Param], _ bindings: [ArgBinding], _ args: [CallArg], generics: [String]) -> Int {
        var score = 0
        for (p, b) in zip(params, bindings) {
            guard case .arg(let ai) = b, let want = p.type, let have = staticType(args[ai].expr) else { continue }
            if want == have { score += 2; continue }
            switch (want, have) {
            case (.double, .int), (.float, .int), (.float, .double):
                score += isNumericLiteral(args[ai].expr) ? 1 : -100
            case (.optional(let w), _) where w == have: score += 1
            case (.metatype(let w), .metatype(let h)): score += metatypeScore(w, h, generics)
            case (.any, _), (.named, _), (.function, _): break
            default: score -= 100
            }
        }
        return score
    }

    /// `Never.self` for `Never.Type` 2, for a superclass's or a generic `E.Type` 1, for another type -100.
    private func metatypeScore(_ want: TypeSpec?, _ have: TypeSpec?, _ generics: [String]) -> Int {
        guard let want, let have else { return 0 }
        if want == have { return 2 }
        if case .generic = want { return 1 }
        if case .named(let a) = want {
            if generics.contains(a) { return 1 }
            if case .named(let b) = have, let t = lookupType(b), t.isSubtype(of: a) || session.registry.conforms(t, to: a) { return 1 }
        }
        return -100
    }

    func labelMismatch(_ name: String, _ fs: [Function], _ args: [CallArg], _ node: some SyntaxProtocol) -> RunError {
        let given = name + "(" + args.map { ($0.label ?? "_") + ":" }.joined() + ")"
        let known = fs.map(\.fullName).joined(separator: ", ")
        return error("no '\(given)' candidates: expected \(known)", node)
    }
}
