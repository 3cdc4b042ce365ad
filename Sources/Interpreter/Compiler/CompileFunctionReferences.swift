import SwiftParser
import SwiftSyntax

/// Functions, methods and initializers named as values (`map(String.init)`,
/// `filter(isAllergic(to:))`, `Swift.max`), compiled as the closure Swift would infer for them.
extension Compiler {
    /// `callee(l0: a0, a1, …)` as a closure value: of `labels.count` parameters when the reference
    /// names its arguments; otherwise of one, two or no unlabeled parameters, chosen by the number
    /// of arguments each call passes (a reference alone does not say which overload it means).
    func functionReference(callee: String, labels: [String?]?, _ node: some SyntaxProtocol) throws -> Eval {
        let arities = labels.map { [$0.count] } ?? [1, 2, 0]
        var variants: [(arity: Int, eval: Eval)] = []
        var firstError: Error?
        for n in arities {
            let names = (0..<n).map { "__nbrunArgument\($0)" }
            let args = (0..<n).map { i in (labels?[i]).map { "\($0): \(names[i])" } ?? names[i] }
            let text = "{ (\(names.joined(separator: ", "))) in \(callee)(\(args.joined(separator: ", "))) }"
            do { variants.append((n, try syntheticClosure(text, at: node))) } catch { firstError = firstError ?? error }
        }
        guard let first = variants.first else { throw firstError ?? error("cannot find '\(callee)' in scope", node) }
        if variants.count == 1 { return first.eval }
        let rt = self.rt
        let l = loc(node)
        return { f in
            var byArity: [Int: Value] = [:]
            for v in variants { byArity[v.arity] = try v.eval(f) }
            let dispatch = Function(name: callee, params: [Param(label: nil, name: "_")])
            dispatch.native = { args in
                guard let fn = byArity[args.count] else {
                    throw RunError(.runtime, "'\(callee)' cannot be called with \(args.count) arguments", at: l)
                }
                return try rt.call(fn, args)
            }
            return .function(dispatch)
        }
    }

    /// Compiles closure source text written by the compiler in the current scope; its errors
    /// are reported at `node`, the reference it stands for.
    func syntheticClosure(_ text: String, at node: some SyntaxProtocol) throws -> Eval {
        let tree = Parser.parse(source: text)
        guard let item = tree.statements.first?.item, case .expr(let e) = item,
              let c = e.as(ClosureExprSyntax.self) else { throw error("cannot form a function value here", node) }
        let saved = locationOverride
        locationOverride = loc(node)
        defer { locationOverride = saved }
        return try closure(c, nil)
    }

    /// `Swift.max`, `Swift.Int`: the standard library's name, whatever a notebook declares.
    func isSwiftModule(_ e: ExprSyntax?) -> Bool {
        guard let d = e?.as(DeclReferenceExprSyntax.self), d.baseName.text == "Swift" else { return false }
        if case .none = resolve("Swift") { return true }
        return false
    }
}
