import SwiftSyntax

/// Key paths of properties (`\.name`, `\Point.x`, `\.a.b`, `\.a?.b`): a key path is a function
/// value from the root to the property (so `map(\.name)` works), and `value[keyPath: kp]` reads
/// and writes through it.
extension Compiler {
    func keyPathExpr(_ kp: KeyPathExprSyntax) throws -> Eval {
        var names: [String] = []
        var steps: [KeyPathStep] = []
        for c in kp.components {
            switch c.component {
            case .property(let p):
                let name = p.declName.baseName.text
                names.append(name)
                if name != "self" { steps.append(.member(name, MemberCache())) }  // `\.self`: the value itself
            case .optional(let o):
                names[names.count - 1] += o.questionOrExclamationMark.text
                steps.append(o.questionOrExclamationMark.tokenKind == .exclamationMark ? .force : .chain)
            default:
                throw unsupported("this key path component", c)
            }
        }
        let root = kp.root?.trimmedDescription ?? ""
        let fn = Function(name: "\\" + root + "." + names.joined(separator: "."), params: [Param(label: nil, name: "root")])
        let rt = self.rt
        let l = loc(kp)
        let chained = steps.contains { if case .chain = $0 { return true }; return false }
        fn.native = { args in
            guard let first = args.first else { return .void }
            return try rt.followKeyPath(first, steps, chained: chained, at: l)
        }
        fn.keyPathSteps = steps
        return { _ in .function(fn) }
    }

    /// `value[keyPath: kp]` read.
    func keyPathSubscript(_ s: SubscriptCallExprSyntax) throws -> Eval? {
        guard s.arguments.count == 1, let arg = s.arguments.first, arg.label?.text == "keyPath" else { return nil }
        let base = try expr(s.calledExpression), path = try expr(arg.expression)
        let rt = self.rt
        let l = loc(s)
        return { f in
            let root = try base(f)
            guard case .function(let fn) = try path(f) else { throw RunError(.runtime, "subscript(keyPath:) needs a key path", at: l) }
            return try rt.call(.function(fn), [root])
        }
    }

    /// `value[keyPath: kp] = v` (and compound assignments): writes through the path's members.
    func keyPathLValue(_ s: SubscriptCallExprSyntax) throws -> LValue? {
        guard s.arguments.count == 1, let arg = s.arguments.first, arg.label?.text == "keyPath" else { return nil }
        let base = try lvalue(s.calledExpression), path = try expr(arg.expression)
        let rt = self.rt
        let l = loc(s)
        return LValue(access: { f, body in
            guard case .function(let fn) = try path(f), let steps = fn.keyPathSteps else {
                throw RunError(.runtime, "subscript(keyPath:) needs a key path", at: l)
            }
            try base.access(f) { root in try rt.modifyKeyPath(&root, steps[...], at: l, body) }
        }, type: nil)
    }
}

/// One component of a key path.
enum KeyPathStep {
    case member(String, MemberCache)
    /// `?`: nil ends the path with nil.
    case chain
    /// `!`: nil traps.
    case force
}

extension Runtime {
    func followKeyPath(_ root: Value, _ steps: [KeyPathStep], chained: Bool, at l: Loc) throws -> Value {
        var v = root
        for step in steps {
            switch step {
            case .member(let name, let cache): v = try getExtendedMember(v, name, cache, at: l)
            case .chain:
                guard case .some(let w) = v else { return .none }
                v = w
            case .force:
                guard case .some(let w) = v else {
                    throw RunError(.runtime, "Fatal error: Unexpectedly found nil while unwrapping an Optional value", at: l)
                }
                v = w
            }
        }
        return chained ? v.asOptional : v
    }

    func modifyKeyPath(_ v: inout Value, _ steps: ArraySlice<KeyPathStep>, at l: Loc, _ body: (inout Value) throws -> Void) throws {
        guard let step = steps.first else { return try body(&v) }
        switch step {
        case .member(let name, let cache):
            try modifyMember(&v, name, cache, at: l) { inner in try modifyKeyPath(&inner, steps.dropFirst(), at: l, body) }
        case .chain, .force:
            guard case .some(var w) = v else {
                if case .chain = step { return }
                throw RunError(.runtime, "Fatal error: Unexpectedly found nil while unwrapping an Optional value", at: l)
            }
            v = .void
            defer { v = .some(w) }
            try modifyKeyPath(&w, steps.dropFirst(), at: l, body)
        }
    }
}
