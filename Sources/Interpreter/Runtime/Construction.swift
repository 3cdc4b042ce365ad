import SwiftSyntax

/// Running a notebook type's initializer at run time.
extension Runtime {
    /// Runs a user `init`: `self` starts with default property values.
    func construct(_ t: UserType, _ fn: Function, _ args: [Value]) throws -> Value {
        var fields = [Value](repeating: .void, count: t.properties.count)
        for (i, p) in t.properties.enumerated() {
            if let initial = p.initial { fields[i] = coerce(try initial(Frame.make(count: 8, parent: nil)), to: p.type) }
        }
        let inst = Instance.make(type: t, fields: fields)
        var selfValue: Value
        switch t.kind {
        case .classType: selfValue = .object(inst)
        case .structure: selfValue = .structure(inst)
        case .enumeration, .protocolType, .extensionTable: selfValue = .void
        }
        let result = try invokeMutating(fn, args, self: &selfValue)
        if fn.returnsOptional, case .none = result { return .none }
        return fn.returnsOptional ? .some(selfValue) : selfValue
    }
}
