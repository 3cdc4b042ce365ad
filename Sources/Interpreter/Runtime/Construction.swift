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
        let result: Value
        do {
            result = try invokeMutating(fn, args, self: &selfValue)
        } catch is FailedInitialization where fn.returnsOptional {
            result = .none
        }
        if fn.returnsOptional, case .none = result {
            inst.header.deinitialized = true  // never fully initialized: Swift runs no deinit
            return .none
        }
        return fn.returnsOptional ? .some(selfValue) : selfValue
    }
}

/// A failable `super.init(…)` or `self.init(…)` returned nil: the initializer calling it fails too.
struct FailedInitialization: Error {}
