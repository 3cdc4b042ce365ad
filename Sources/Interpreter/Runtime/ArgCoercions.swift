/// How each argument of a call site is adapted to its parameter's type, decided once when the
/// site is built. Most arguments are taken as they are; a `T?` parameter of a type taken as it
/// is (`Node?`, `Int?`) only wraps a bare value. Deciding this per call meant copying the
/// `TypeSpec` out of an array (a retain and release of its box) and going through the general
/// `coerceSlow` for every `insert(node.left, key)`.
struct ArgCoercions {
    enum Kind { case keep, wrapOptional, general }

    let kinds: [Kind]
    let types: [TypeSpec?]

    /// `types` as `Function.argTypes` and `UserCallSite` keep them: nil where no coercion is needed.
    init(_ types: [TypeSpec?]) {
        self.types = types
        kinds = types.map { t in
            switch t {
            case nil: return .keep
            case .optional(let w)?:
                switch w {
                case .int, .bool, .string, .any, .function, .signature, .metatype, .character, .named, .generic, .applied:
                    return .wrapOptional
                default: return .general
                }
            default: return .general
            }
        }
    }

    /// Argument `i` adapted to its parameter (as `Runtime.coerce` would).
    @inline(__always) func apply(_ i: Int, _ v: Value, _ rt: Runtime) -> Value {
        switch kinds[i] {
        case .keep: return v
        case .wrapOptional: return ArgCoercions.wrap(v)
        case .general: return rt.coerce(v, to: types[i])
        }
    }

    /// Argument `i` of a call of `fn` adapted by `kind` (one of `fn`'s prepared kinds).
    @inline(__always) static func apply(_ kind: Kind, _ v: Value, _ rt: Runtime, _ fn: Function, _ i: Int) -> Value {
        switch kind {
        case .keep: return v
        case .wrapOptional: return wrap(v)
        case .general: return rt.coerce(v, to: fn.argTypes[i])
        }
    }

    @inline(__always) static func wrap(_ v: Value) -> Value {
        switch v {
        case .none, .some: return v
        default: return .some(v)
        }
    }
}
