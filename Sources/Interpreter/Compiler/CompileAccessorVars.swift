import SwiftSyntax

/// A variable read and written through accessors rather than a plain slot or box: computed
/// (`var area: Double { w * h }`), observed (`willSet`/`didSet`), `lazy`, or property-wrapped,
/// at global scope or in a function.
final class AccessorVar {
    let name: String
    let type: TypeSpec?
    /// Reads the value; gets the frame the variable was declared in (nil for a global).
    var get: (Frame?) throws -> Value = { _ in .void }
    /// Writes the value; nil for a get-only computed variable.
    var set: ((Frame?, Value) throws -> Void)?
    /// True while the variable's own observers run (writes there store directly, as in Swift).
    var observing = false

    init(name: String, type: TypeSpec?) {
        self.name = name
        self.type = type
    }
}

/// Where an accessor variable keeps its value: a global box, or a slot of its declaring frame.
enum AccessorStorage {
    case box(Box)
    case slot(Int)

    func read(_ d: Frame?) -> Value {
        switch self {
        case .box(let b): return b.value
        case .slot(let s): return d?.slots[s] ?? .void
        }
    }

    func write(_ d: Frame?, _ v: Value) {
        switch self {
        case .box(let b): b.value = v
        case .slot(let s): d?.slots[s] = v
        }
    }
}

extension Compiler {
    /// Declares an accessor variable in the current scope (a global at a cell's outermost scope);
    /// the returned statement commits a global to the session when the declaration runs.
    func declareAccessorVar(_ a: AccessorVar, node: some SyntaxProtocol) throws -> Exec {
        if ctx.atGlobalScope {
            try checkProtected(a.name, node)
            let g = GlobalVar(box: Box(.void), type: a.type, mutable: a.set != nil)
            g.accessor = a
            pendingVars[a.name] = g
            pendingFunctions[a.name] = nil
            pendingTypes[a.name] = nil
            let s = session, name = a.name
            return { _ in s.commitVar(name, g); return .normal }
        }
        var l = ctx.declare(a.name, type: a.type, mutable: true)
        l.accessor = a
        ctx.scopes[ctx.scopes.count - 1][a.name] = l
        // Accessor bodies of a local variable see its name (`didSet { print(remaining) }`).
        let bodies = pendingLocalAccessors
        pendingLocalAccessors = []
        for compile in bodies { try compile() }
        return { _ in .normal }
    }

    /// Storage for an observed, lazy or wrapped variable of the current scope.
    func accessorStorage() -> AccessorStorage {
        ctx.atGlobalScope ? .box(Box(.void)) : .slot(ctx.allocate())
    }

    /// `var name: T { get set }` or `{ willSet didSet }` outside a type; returns the statement
    /// that binds an observed variable's initial value.
    func accessorVariable(_ b: PatternBindingSyntax, _ block: AccessorBlockSyntax) throws -> Exec {
        guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported("this computed variable pattern", b) }
        let name = id.identifier.text
        let type = b.typeAnnotation.map { typeSpec($0.type) }
        let a = AccessorVar(name: name, type: type)
        if case .accessors(let list) = block.accessors, !list.isEmpty,
           list.allSatisfy({ [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }) {
            return try observedVariable(a, b, list)
        }
        guard b.initializer == nil else { throw error("variable with getter/setter cannot have an initial value", b) }
        var getter: Function?, setter: Function?
        switch block.accessors {
        case .getter(let items):
            getter = try nestedAccessor(name, [], type, items, block)
        case .accessors(let list):
            for acc in list {
                switch acc.accessorSpecifier.tokenKind {
                case .keyword(.get): getter = try nestedAccessor(name, [], type, try bodyOf(acc), acc)
                case .keyword(.set):
                    let p = Param(label: nil, name: acc.parameters?.name.text ?? "newValue", type: type)
                    setter = try nestedAccessor(name, [p], nil, try bodyOf(acc), acc)
                default: throw unsupported("'\(acc.accessorSpecifier.text)' accessors here", acc)
                }
            }
        }
        guard let getter else { throw error("computed variable must have a getter", b) }
        let rt = self.rt
        a.get = { d in try rt.callNested(getter, [], parent: d) }
        if let setter { a.set = { d, v in _ = try rt.callNested(setter, [v], parent: d) } }
        return try declareAccessorVar(a, node: id)
    }

    /// A getter, setter or observer of a variable outside a type: a nested function of the
    /// declaring scope (compiled with the cell's other function bodies at global scope).
    func nestedAccessor(_ name: String, _ params: [Param], _ returnType: TypeSpec?, _ body: CodeBlockItemListSyntax,
                        _ node: some SyntaxProtocol) throws -> Function {
        let fn = Function(name: name, params: params)
        fn.returnType = returnType
        let parent = ctx
        if ctx.atGlobalScope {
            deferred.append { [unowned self] in try self.compileBody(fn, statements: body, parent: parent, selfType: nil) }
        } else {
            pendingLocalAccessors.append { [unowned self] in try self.compileBody(fn, statements: body, parent: parent, selfType: nil) }
        }
        return fn
    }

    func bodyOf(_ acc: AccessorDeclSyntax) throws -> CodeBlockItemListSyntax {
        guard let body = acc.body else { throw error("'\(acc.accessorSpecifier.text)' accessor needs a body", acc) }
        return body.statements
    }

    private func observedVariable(_ a: AccessorVar, _ b: PatternBindingSyntax, _ list: AccessorDeclListSyntax) throws -> Exec {
        var will: Function?, did: Function?
        for acc in list {
            let isWill = acc.accessorSpecifier.tokenKind == .keyword(.willSet)
            let p = Param(label: nil, name: acc.parameters?.name.text ?? (isWill ? "newValue" : "oldValue"), type: a.type)
            let fn = try nestedAccessor(a.name, [p], nil, try bodyOf(acc), acc)
            if isWill { will = fn } else { did = fn }
        }
        let storage = accessorStorage()
        let rt = self.rt
        let type = a.type
        a.get = { d in storage.read(d) }
        a.set = { [unowned a] d, new in
            let value = rt.coerce(new, to: type)
            if a.observing { storage.write(d, value); return }
            let old = storage.read(d)
            a.observing = true
            defer { a.observing = false }
            if let will { _ = try rt.callNested(will, [value], parent: d) }
            storage.write(d, value)
            if let did { _ = try rt.callNested(did, [old], parent: d) }
        }
        let initial = try b.initializer.map { try expr($0.value, type) }
        let commit = try declareAccessorVar(a, node: b.pattern)
        let depthZero = !ctx.atGlobalScope
        return { f in
            let v: Value = try initial.map { rt.coerce(try $0(f), to: type) } ?? (type?.isOptional == true ? .none : .void)
            storage.write(depthZero ? f : nil, v)
            return try commit(f)
        }
    }

    /// `lazy var name = initial` in a function or at global scope: computed on first read.
    func lazyVariable(_ b: PatternBindingSyntax) throws -> Exec {
        guard let id = b.pattern.as(IdentifierPatternSyntax.self), let initializer = b.initializer else {
            throw error("lazy properties must have an initializer", b)
        }
        let type = b.typeAnnotation.map { typeSpec($0.type) }
        let a = AccessorVar(name: id.identifier.text, type: type)
        let storage = accessorStorage()
        let rt = self.rt
        let initial: (Frame?) throws -> Value
        if ctx.atGlobalScope {
            let fc = FunctionContext(parent: ctx, name: "lazy \(a.name)")
            let ev = try withFunction(fc) { try expr(initializer.value, type) }
            initial = { _ in try ev(Frame.make(count: fc.slotCount, parent: nil)) }
        } else {
            let ev = try expr(initializer.value, type)
            initial = { d in try ev(d ?? Frame.make(count: 1, parent: nil)) }
        }
        a.get = { d in
            if case .void = storage.read(d) { storage.write(d, rt.coerce(try initial(d), to: type)) }
            return storage.read(d)
        }
        a.set = { d, v in storage.write(d, rt.coerce(v, to: type)) }
        return try declareAccessorVar(a, node: id)
    }

    /// Reads an accessor variable found `depth` frames up (nil: a global).
    func accessorLoad(_ a: AccessorVar, _ depth: Int?) -> Eval {
        guard let depth else { return { _ in try a.get(nil) } }
        return { f in try a.get(f.ancestor(depth)) }
    }

    /// Storage access to an accessor variable: read, modify, write back through its setter.
    func accessorLValue(_ a: AccessorVar, _ depth: Int?, _ node: some SyntaxProtocol) -> LValue {
        let l = loc(node)
        var lv = LValue(access: { f, body in
            let d = depth.map { f.ancestor($0) }
            var v = try a.get(d)
            try body(&v)
            guard let set = a.set else {
                throw RunError(.runtime, "cannot assign to value: '\(a.name)' is a get-only property", at: l)
            }
            try set(d, v)
        }, type: a.type, read: { f in try a.get(depth.map { f.ancestor($0) }) })
        lv.keepsValueDuringCall = true
        return lv
    }
}

extension Runtime {
    /// Calls a nested function (an accessor of a local or global variable) with its defining
    /// frame as the parent of its own.
    func callNested(_ fn: Function, _ args: [Value], parent: Frame?) throws -> Value {
        try pushDepth()
        defer { depth -= 1 }
        let frame = Frame.make(count: fn.slotCount, parent: parent)
        for (i, v) in args.enumerated() where i < fn.params.count { frame.slots[i] = coerce(v, to: fn.params[i].type) }
        return try fn.body(frame)
    }
}

/// `lazy var` in a type: hidden optional storage, filled by the first read.
extension Compiler {
    /// Adds the lazy properties of a declaration; false when it is not `lazy`.
    /// The setter of a property kept in hidden storage: writes `stored(newValue)` there.
    func storageSetter(_ name: String, _ storage: String, _ declared: TypeSpec?, _ t: UserType, _ cache: MemberCache,
                       _ l: Loc, stored: @escaping (Value) -> Value) -> Function {
        let rt = self.rt
        let set = Function(name: name, params: [Param(label: nil, name: "newValue", type: declared)])
        set.hasSelf = true
        set.owner = t
        set.isMutating = t.kind != .classType
        set.slotCount = 2
        set.body = { frame in
            let new = stored(frame.slots[1])
            try rt.modifyMember(&frame.slots[0], storage, cache, at: l) { $0 = new }
            return .void
        }
        return set
    }

    func addLazyProperty(_ v: VariableDeclSyntax, to t: UserType) throws -> Bool {
        guard v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.lazy) }) else { return false }
        for b in v.bindings {
            guard let id = b.pattern.as(IdentifierPatternSyntax.self), let initializer = b.initializer else {
                throw error("lazy properties must have an initializer", b)
            }
            let name = id.identifier.text
            let declared = b.typeAnnotation.map { typeSpec($0.type) }
            // Swift's own name for the storage (it shows when a struct is printed).
            let storage = "$__lazy_storage_$_" + name
            t.addProperty(UserType.Property(name: storage, type: .optional(declared ?? .any), mutable: true, initial: { _ in .none }))
            let get = Function(name: name, params: [])
            get.hasSelf = true
            get.owner = t
            get.returnType = declared
            let holder = InitialHolder()
            let parent = ctx
            deferred.append { [unowned self] in
                let fc = FunctionContext(parent: parent, name: name)
                fc.selfType = t
                _ = fc.allocate()
                holder.eval = try self.withFunction(fc) { try self.expr(initializer.value, declared) }
                get.slotCount = fc.slotCount
            }
            let rt = self.rt
            let l = loc(id)
            let cache = MemberCache()
            get.body = { frame in
                if case .some(let v) = try rt.getMember(frame.slots[0], storage, cache, at: l) { return v }
                let v = rt.coerce(try holder.eval(frame), to: declared)
                try rt.modifyMember(&frame.slots[0], storage, cache, at: l) { $0 = .some(v) }
                return v
            }
            var set = storageSetter(name, storage, declared, t, cache, l) { .some($0) }
            if let block = b.accessorBlock, case .accessors(let list) = block.accessors {
                set = observedLazySetter(set, get: get, name, declared, t,
                                         willSet: list.first { $0.accessorSpecifier.tokenKind == .keyword(.willSet) },
                                         didSet: list.first { $0.accessorSpecifier.tokenKind == .keyword(.didSet) })
            }
            t.computed[name] = UserType.Computed(get: get, set: set)
            if t.kind != .classType {
                get.isMutating = true
                session.registry.lazyMemberNames.insert(name)
            }
        }
        return true
    }

    /// `lazy var x = 0 { willSet … didSet … }`: a write reads the old value (computing it first
    /// if it never was), then runs `willSet`, the store, `didSet`.
    func observedLazySetter(_ store: Function, get: Function, _ name: String, _ type: TypeSpec?, _ t: UserType,
                            willSet: AccessorDeclSyntax?, didSet: AccessorDeclSyntax?) -> Function {
        guard willSet != nil || didSet != nil else { return store }
        let will = willSet.map { observerFunction($0, name, type, t) }
        let did = didSet.map { observerFunction($0, name, type, t) }
        let rt = self.rt
        let isClass = t.kind == .classType
        let setter = Function(name: name, params: [Param(label: nil, name: "newValue", type: type)])
        setter.hasSelf = true
        setter.isMutating = !isClass
        setter.owner = t
        setter.slotCount = 2
        setter.body = { frame in
            let new = frame.slots[1]
            // Structs' getter stores the value it computes: `self` is passed in place.
            func call(_ fn: Function, _ args: [Value]) throws -> Value {
                isClass ? try rt.invoke(fn, args, self: frame.slots[0]) : try rt.invokeMutating(fn, args, self: &frame.slots[0])
            }
            let old = did == nil ? Value.void : try call(get, [])
            if let will { _ = try call(will, [new]) }
            _ = try call(store, [new])
            if let did { _ = try call(did, [old]) }
            return .void
        }
        return setter
    }
}
