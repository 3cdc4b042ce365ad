/// A struct's memberwise initializer (or a class's implicit `init()`), laid out once when the
/// call is compiled: which field each argument sets, how it is adapted, and which other fields
/// start from their initial value. The per-call work then copies no property descriptions.
final class MemberwiseLayout {
    /// A field no argument sets that has an initial value (`let id = 0`, `var next: Node?`).
    struct Initial {
        let index: Int
        let value: (Frame) throws -> Value
        let type: TypeSpec?
    }

    /// How one argument becomes its field.
    struct Target {
        let index: Int
        let type: TypeSpec?
        let wrapping: PropertyWrapping?
    }

    let type: UserType
    let count: Int
    let initials: [Initial]
    let targets: [Target]
    let isClass: Bool
    let typeArgs: [TypeSpec]?

    init(_ t: UserType, fieldIndex: [Int], fieldTypes: [TypeSpec?], typeArgs: [TypeSpec]?) {
        type = t
        count = t.properties.count
        let set = Set(fieldIndex)
        initials = t.properties.indices.compactMap { i in
            guard !set.contains(i), let v = t.properties[i].initial else { return nil }
            return Initial(index: i, value: v, type: t.properties[i].type)
        }
        targets = fieldIndex.map { Target(index: $0, type: fieldTypes[$0], wrapping: t.properties[$0].wrapping) }
        isClass = t.kind == .classType
        self.typeArgs = typeArgs
    }

    /// The new instance, arguments evaluated in order.
    func make(_ f: Frame, _ evs: [EvalRef], _ rt: Runtime) throws -> Value {
        let inst = Instance.make(type: type, count: count, typeArgs: typeArgs)
        let fields = inst.fields
        for x in initials {
            fields[x.index] = rt.coerce(try x.value(Frame.make(count: 8, parent: nil)), to: x.type)
        }
        for i in 0..<evs.count {
            let v = try evs[i].run(f)
            let t = targets[i]
            if let w = t.wrapping {
                // Left out, and the wrapper has `init()`: the storage's own initial value.
                if case .void = v, w.defaultsToWrapperInit, let initial = type.properties[t.index].initial {
                    fields[t.index] = try initial(Frame.make(count: 8, parent: nil))
                } else {
                    fields[t.index] = try w.wrap(v)
                }
            } else {
                fields[t.index] = rt.coerce(v, to: t.type)
            }
        }
        return isClass ? .object(inst) : .structure(inst)
    }
}
