import SwiftSyntax

/// `p.x` where `p` is a plain variable holding a struct or class instance: the stored property
/// is read where the variable lives, without evaluating the base into a copy of its `Value`
/// (a retain and release of the instance per read) or calling a closure for it.
extension Compiler {
    /// The in-place read of `base.name`, or nil when the base is not a local or global
    /// variable; `general` handles every other receiver and the first read at the site.
    func placeFieldRead(_ base: ExprSyntax, _ cache: MemberCache, general: @escaping Eval) throws -> Eval? {
        guard let d = base.as(DeclReferenceExprSyntax.self), d.argumentNames == nil, d.baseName.text != "self",
              let place = try operand(base).place else { return nil }
        switch place {
        case .local(let p): return fieldRead(p, cache, general)
        case .global(let p): return fieldRead(p, cache, general)
        }
    }

    private func fieldRead<P: ValuePlace>(_ p: P, _ cache: MemberCache, _ general: @escaping Eval) -> Eval {
        return { f in
            switch p.at(f).pointee {
            case .structure(let inst), .object(let inst):
                if cache.type === inst.type { return inst.fields[cache.index] }
            default: break
            }
            return try general(f)
        }
    }
}
