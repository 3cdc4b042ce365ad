import SwiftSyntax

/// How a wrapped stored property (`@Clamped(0...10) var x = 5`) is initialized: the memberwise
/// initializer takes the wrapped value and builds the wrapper around it.
final class PropertyWrapping {
    let wrap: (Value) throws -> Value
    let defaultValue: ((Frame) throws -> Value)?
    /// `@W var x: Int` with no value, where `W` has `init()`: the memberwise initializer may
    /// leave `x` out, and the storage keeps the wrapper `W()` builds.
    let defaultsToWrapperInit: Bool

    init(wrap: @escaping (Value) throws -> Value, defaultValue: ((Frame) throws -> Value)?, defaultsToWrapperInit: Bool = false) {
        self.wrap = wrap
        self.defaultValue = defaultValue
        self.defaultsToWrapperInit = defaultsToWrapperInit
    }
}

/// The parts of a property-wrapper use: the wrapper type's name, the attribute's arguments and
/// the declared variable.
struct WrapperUse {
    let typeName: String
    let labels: [String?]
    let arguments: [ExprSyntax]
    let name: String
    let type: TypeSpec?
    let initializer: ExprSyntax?
    let node: Syntax
}

/// Property wrappers: `@propertyWrapper struct W { var wrappedValue … }` used as `@W var x`,
/// `@W(args) var x = v` in types, functions and at global scope, with `$x` for `projectedValue`.
extension Compiler {
    static let builtinAttributes: Set<String> = [
        "discardableResult", "escaping", "inline", "inlinable", "usableFromInline", "frozen", "available",
        "propertyWrapper", "unknown", "autoclosure", "objc", "main", "resultBuilder", "dynamicMemberLookup",
        "MainActor", "Sendable", "nonobjc", "testable", "warn_unqualified_access", "preconcurrency", "unchecked",
    ]

    /// The property-wrapper attribute of a variable declaration (an attribute naming a type).
    func wrapperUse(_ v: VariableDeclSyntax) throws -> WrapperUse? {
        for element in v.attributes {
            guard case .attribute(let attr) = element else { continue }
            let name = attr.attributeName.trimmedDescription
            guard !Compiler.builtinAttributes.contains(name), name.first?.isUppercase == true, !isResultBuilder(name) else { continue }
            guard v.bindings.count == 1, let b = v.bindings.first, let id = b.pattern.as(IdentifierPatternSyntax.self),
                  b.accessorBlock == nil else {
                throw error("property wrapper can only apply to a single variable", v)
            }
            var labels: [String?] = [], args: [ExprSyntax] = []
            if case .argumentList(let list)? = attr.arguments {
                for a in list { labels.append(a.label?.text); args.append(a.expression) }
            }
            return WrapperUse(typeName: name, labels: labels, arguments: args, name: id.identifier.text,
                              type: b.typeAnnotation.map { typeSpec($0.type) }, initializer: b.initializer?.value, node: Syntax(attr))
        }
        return nil
    }

    /// Compiles the wrapper construction: `W(wrappedValue: value, args…)` for a given value.
    func wrapperMaker(_ use: WrapperUse) throws -> (_ f: Frame, _ wrapped: Value?) throws -> Value {
        guard let t = lookupType(use.typeName) else { throw error("unknown attribute '\(use.typeName)'", use.node) }
        guard t.hasMember("wrappedValue") else {
            throw error("property wrapper type '\(t.name)' does not contain a non-static property named 'wrappedValue'", use.node)
        }
        let args = try use.arguments.map { EvalRef(try expr($0)) }
        let rt = self.rt, labels = use.labels
        let l = loc(use.node)
        return { f, wrapped in
            var vals: [Value] = []
            for a in args { vals.append(try a.run(f)) }
            if let wrapped { return try rt.makeWrapper(t, ["wrappedValue"] + labels, [wrapped] + vals, at: l) }
            return try rt.makeWrapper(t, labels, vals, at: l)
        }
    }

    /// `@W var x = v` in a function or at global scope: the wrapper in hidden storage, `x` and
    /// `$x` read and written through it.
    func wrappedVariable(_ v: VariableDeclSyntax) throws -> Exec? {
        guard let use = try wrapperUse(v) else { return nil }
        let make = try wrapperMaker(use)
        let initial = try use.initializer.map { try expr($0, use.type) }
        let storage = accessorStorage()
        let rt = self.rt
        let l = loc(use.node)
        let wrapped = AccessorVar(name: use.name, type: use.type)
        let valueCache = MemberCache(), projectedCache = MemberCache()
        wrapped.get = { d in try rt.getMember(storage.read(d), "wrappedValue", valueCache, at: l) }
        wrapped.set = { d, new in
            var w = storage.read(d)
            storage.write(d, .void)
            defer { storage.write(d, w) }
            try rt.modifyMember(&w, "wrappedValue", valueCache, at: l) { $0 = rt.coerce(new, to: use.type) }
        }
        let projected = AccessorVar(name: "$" + use.name, type: nil)
        projected.get = { d in try rt.getMember(storage.read(d), "projectedValue", projectedCache, at: l) }
        let commitWrapped = try declareAccessorVar(wrapped, node: v)
        let commitProjected = try declareAccessorVar(projected, node: v)
        let local = !ctx.atGlobalScope
        return { f in
            let value = try initial.map { rt.coerce(try $0(f), to: use.type) }
            storage.write(local ? f : nil, try make(f, value))
            _ = try commitWrapped(f)
            return try commitProjected(f)
        }
    }

    /// `@W var x = v` in a type: a stored `_x` holding the wrapper and computed `x` and `$x`.
    /// Returns false when the declaration has no wrapper attribute.
    func addWrappedProperty(_ v: VariableDeclSyntax, to t: UserType) throws -> Bool {
        guard let use = try wrapperUse(v) else { return false }
        let backing = "_" + use.name
        let holder = InitialHolder()
        let maker = WrapperMakerHolder()
        var defaultValue: ((Frame) throws -> Value)?
        let parent = ctx
        let rt = self.rt
        var slots = 1
        deferred.append { [unowned self] in
            let fc = FunctionContext(parent: parent, name: "wrapper \(use.name)")
            try self.withFunction(fc) {
                maker.make = try self.wrapperMaker(use)
                let initial = try use.initializer.map { try self.expr($0, use.type) }
                holder.eval = { f in
                    let value = try initial.map { rt.coerce(try $0(f), to: use.type) }
                    return try maker.make(f, value)
                }
                maker.initial = initial
            }
            slots = max(fc.slotCount, 1)
        }
        if use.initializer != nil {
            defaultValue = { _ in try maker.initial?(Frame.make(count: slots, parent: nil)) ?? .void }
        }
        // `@W(wrappedValue: 2, maximum: 5) var x: Int` carries its value in the attribute, like `@W var x: Int` with `W()`.
        let emptyInit = use.initializer == nil
            && (use.arguments.isEmpty && wrapperHasEmptyInit(use.typeName) || use.labels.contains("wrappedValue"))
        if emptyInit { defaultValue = { _ in .void } }
        let wrapping = PropertyWrapping(wrap: { value in try maker.make(Frame.make(count: slots, parent: nil), value) },
                                        defaultValue: defaultValue, defaultsToWrapperInit: emptyInit)
        var property = UserType.Property(name: backing, type: .named(use.typeName), mutable: true,
                                         initial: { _ in try holder.eval(Frame.make(count: slots, parent: nil)) })
        property.wrapping = wrapping
        t.addProperty(property)
        let l = loc(use.node)
        t.computed[use.name] = wrapperAccessors(use.name, backing, member: "wrappedValue", t, settable: true, l)
        t.computed["$" + use.name] = wrapperAccessors("$" + use.name, backing, member: "projectedValue", t, settable: false, l)
        return true
    }

    /// A computed property that reads (and writes) `member` of the wrapper stored in `backing`.
    private func wrapperAccessors(_ name: String, _ backing: String, member: String, _ t: UserType, settable: Bool,
                                  _ l: Loc) -> UserType.Computed {
        let rt = self.rt
        let backingCache = MemberCache(), memberCache = MemberCache()
        let get = Function(name: name, params: [])
        get.hasSelf = true
        get.owner = t
        get.slotCount = 1
        get.body = { frame in
            try rt.getMember(try rt.getMember(frame.slots[0], backing, backingCache, at: l), member, memberCache, at: l)
        }
        guard settable else { return UserType.Computed(get: get, set: nil) }
        let set = Function(name: name, params: [Param(label: nil, name: "newValue")])
        set.hasSelf = true
        set.owner = t
        set.isMutating = t.kind != .classType
        set.slotCount = 2
        set.body = { frame in
            let new = frame.slots[1]
            try rt.modifyMember(&frame.slots[0], backing, backingCache, at: l) { w in
                try rt.modifyMember(&w, member, memberCache, at: l) { $0 = new }
            }
            return .void
        }
        return UserType.Computed(get: get, set: set)
    }
}

/// The compiled wrapper construction of a wrapped property (filled in with the deferred bodies).
final class WrapperMakerHolder {
    var make: (Frame, Value?) throws -> Value = { _, _ in .void }
    var initial: Eval?
}

extension Runtime {
    /// Builds a wrapper instance from labeled arguments: one of its initializers, or the
    /// memberwise initializer of a struct without any.
    func makeWrapper(_ t: UserType, _ labels: [String?], _ values: [Value], at l: Loc) throws -> Value {
        let trailing = labels.map { _ in false }
        func shapes(_ ps: [Param]) -> [ParamShape] {
            ps.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: false) }
        }
        for fn in t.initializers.reversed() {
            if let b = matchArguments(shapes(fn.params), labels: labels, trailing: trailing) {
                return try construct(t, fn, try applyBindings(b, fn.params, values))
            }
        }
        if t.initializers.isEmpty || t.memberwiseAvailable {
            var fields = [Value](repeating: .void, count: t.properties.count)
            for (i, p) in t.properties.enumerated() {
                if let initial = p.initial { fields[i] = coerce(try initial(Frame.make(count: 8, parent: nil)), to: p.type) }
            }
            for (label, v) in zip(labels, values) {
                guard let label, let i = t.propertyIndex[label] else {
                    throw RunError(.runtime, "no initializer of '\(t.name)' takes these arguments", at: l)
                }
                fields[i] = coerce(v, to: t.properties[i].type)
            }
            let inst = Instance.make(type: t, fields: fields)
            return t.kind == .classType ? .object(inst) : .structure(inst)
        }
        let given = t.name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        throw RunError(.runtime, "no '\(given)' initializer in '\(t.name)'", at: l)
    }
}

extension Compiler {
    /// The wrapper type can be built with no arguments (an `init()`, or no initializers and
    /// defaults for every stored property).
    func wrapperHasEmptyInit(_ name: String) -> Bool {
        guard let t = lookupType(name) else { return false }
        if t.initializers.isEmpty { return t.properties.allSatisfy { $0.initial != nil || $0.type?.isOptional == true } }
        return t.initializers.contains { $0.params.allSatisfy { $0.defaultValue != nil } }
    }
}
