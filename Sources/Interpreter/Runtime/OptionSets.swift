/// Notebook structs conforming to `OptionSet` (a `rawValue` of bits): the set algebra Swift
/// gives them, computed on `rawValue`, and `[.a, .b]` literals.
extension Runtime {
    /// The result of an `OptionSet` method and, for a mutating one, the receiver's new value;
    /// nil when `v` is no option set or `name` none of its methods.
    func optionSetMethod(_ v: Value, _ name: String, _ args: [Value], at l: Loc) throws -> (result: Value, newSelf: Value?)? {
        guard case .structure(let inst) = v, inst.type.conformances.contains("OptionSet"),
              let ri = inst.type.propertyIndex["rawValue"] else { return nil }
        let mine = inst.fields[ri]
        func bits(_ x: Value) throws -> Value {
            // An array literal argument (`s.formUnion([.bold, .italic])`) had no type context.
            if case .array(let items) = x { return try bits(try optionSetLiteral(inst.type, items, at: l)) }
            guard case .structure(let o) = x, o.type === inst.type else {
                throw RunError(.runtime, "cannot convert value of type '\(x.typeName)' to '\(inst.type.name)'", at: l)
            }
            return o.fields[ri]
        }
        func make(_ raw: Value) -> Value {
            var fields = Array(inst.fields)
            fields[ri] = raw
            return .structure(Instance.make(type: inst.type, fields: fields))
        }
        func or(_ a: Value, _ b: Value) throws -> Value { try binary("|", a, b, at: l) }
        func and(_ a: Value, _ b: Value) throws -> Value { try binary("&", a, b, at: l) }
        func without(_ a: Value, _ b: Value) throws -> Value { try and(a, try prefix("~", b, at: l)) }
        let zero = try binary("^", mine, mine, at: l)
        switch (name, args.count) {
        case ("contains", 1):
            let other = try bits(args[0])
            return (.bool(try and(mine, other) == other), nil)
        case ("isEmpty", 0): return (.bool(mine == zero), nil)
        case ("union", 1): return (make(try or(mine, try bits(args[0]))), nil)
        case ("intersection", 1): return (make(try and(mine, try bits(args[0]))), nil)
        case ("subtracting", 1): return (make(try without(mine, try bits(args[0]))), nil)
        case ("symmetricDifference", 1): return (make(try binary("^", mine, try bits(args[0]), at: l)), nil)
        case ("isSubset", 1): return (.bool(try and(mine, try bits(args[0])) == mine), nil)
        case ("isSuperset", 1): let o = try bits(args[0]); return (.bool(try and(mine, o) == o), nil)
        case ("isDisjoint", 1): return (.bool(try and(mine, try bits(args[0])) == zero), nil)
        case ("formUnion", 1): return (.void, make(try or(mine, try bits(args[0]))))
        case ("formIntersection", 1): return (.void, make(try and(mine, try bits(args[0]))))
        case ("subtract", 1): return (.void, make(try without(mine, try bits(args[0]))))
        case ("insert", 1):
            let o = try bits(args[0])
            let had = try and(mine, o) == o
            let tuple = Value.tuple(TupleBox([.bool(!had), args[0]], labels: ["inserted", "memberAfterInsert"]))
            return (tuple, make(try or(mine, o)))
        case ("remove", 1):
            let o = try bits(args[0])
            let common = try and(mine, o)
            return (common == zero ? Value.none : .some(make(common)), make(try without(mine, o)))
        case ("update", 1):
            let o = try bits(args[0])
            return (try and(mine, o) == o ? .some(args[0]) : Value.none, make(try or(mine, o)))
        default: return nil
        }
    }

    /// `[.bold, .italic]` as an option set of type `t`: the union of the elements.
    func optionSetLiteral(_ t: UserType, _ elements: [Value], at l: Loc) throws -> Value {
        guard let ri = t.propertyIndex["rawValue"] else { throw RunError(.runtime, "'\(t.name)' has no rawValue", at: l) }
        var raw: Value = .int(0)
        var template: Instance?
        for e in elements {
            guard case .structure(let o) = e, o.type === t else { throw RunError(.runtime, "cannot convert value of type '\(e.typeName)' to '\(t.name)'", at: l) }
            raw = template == nil ? o.fields[ri] : try binary("|", raw, o.fields[ri], at: l)
            template = o
        }
        guard let template else {
            var fields = [Value](repeating: .void, count: t.properties.count)
            fields[ri] = .int(0)
            return .structure(Instance.make(type: t, fields: fields))
        }
        var fields = Array(template.fields)
        fields[ri] = raw
        return .structure(Instance.make(type: t, fields: fields))
    }
}
