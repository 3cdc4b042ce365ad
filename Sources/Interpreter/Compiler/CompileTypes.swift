import SwiftSyntax

/// struct, class and enum declarations and extensions of notebook types.
extension Compiler {
    static let rawTypes: Set<String> = ["Int", "String", "Double", "Character", "Float",
                                        "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64"]

    /// An integer raw value as the enum's raw type holds it (`enum Flag: UInt8 { case a = 1 }`).
    static func integerRaw(_ n: Int, _ rawType: TypeSpec?) -> Value {
        switch rawType {
        case .double?: return .double(Double(n))
        case .float?: return .float(Float(n))
        case .fixed(let k)?: return .fixed(FixedInt(n, k))
        default: return .int(n)
        }
    }

    /// Declares a struct, class or enum (nested in `parent` when given) and its members.
    func declareType(_ d: DeclSyntax, parent: UserType? = nil) throws {
        let name: String, kind: UserType.Kind
        let members: MemberBlockSyntax
        let inheritance: InheritanceClauseSyntax?
        let generics: GenericParameterClauseSyntax?
        if let s = d.as(StructDeclSyntax.self) {
            name = s.name.text; kind = .structure; members = s.memberBlock; inheritance = s.inheritanceClause
            generics = s.genericParameterClause
        } else if let c = d.as(ClassDeclSyntax.self) {
            name = c.name.text; kind = .classType; members = c.memberBlock; inheritance = c.inheritanceClause
            generics = c.genericParameterClause
        } else if let e = d.as(EnumDeclSyntax.self) {
            name = e.name.text; kind = .enumeration; members = e.memberBlock; inheritance = e.inheritanceClause
            generics = e.genericParameterClause
        } else {
            return
        }
        try checkProtected(name, d)
        let t = UserType(name: name, kind: kind)
        t.runtime = rt
        t.genericParams = genericNames(generics)
        t.parentType = parent
        if let parent {
            parent.nestedTypes[name] = t
            pendingTypes[parent.displayName + "." + name] = t
            // Unqualified use (`Suit` inside `Deck`, or anywhere when no other type has the name).
            if pendingTypes[name] == nil && session.types[name] == nil { pendingTypes[name] = t }
        } else {
            pendingTypes[name] = t
            pendingVars[name] = nil
            pendingFunctions[name] = nil
        }
        for (i, inh) in (inheritance?.inheritedTypes ?? []).enumerated() {
            let n = inh.type.trimmedDescription
            if kind == .enumeration, i == 0, Compiler.rawTypes.contains(n) {
                t.rawType = TypeSpec.named(n, args: [])
            } else if kind == .classType, i == 0, let parentClass = lookupType(n), parentClass.kind != .protocolType {
                guard parentClass.kind == .classType else { throw error("inheritance from non-class type '\(n)'", inh) }
                t.inherit(from: parentClass)
            } else {
                try addConformance(n, to: t, inh)
            }
        }
        try addMembers(members, to: t)
        // A subclass without initializers of its own inherits its superclass's.
        if let parentClass = t.superclass, t.initializers.isEmpty { t.initializers = parentClass.initializers }
        t.memberwiseAvailable = t.initializers.isEmpty
    }

    func addMembers(_ block: MemberBlockSyntax, to t: UserType) throws {
        declaringTypes.append(t)
        defer { declaringTypes.removeLast() }
        // Nested types and aliases first: member signatures may name them.
        for member in block.members {
            let d = member.decl
            if d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) {
                try declareType(d, parent: t)
            } else if let a = d.as(TypeAliasDeclSyntax.self) {
                try declareTypeAlias(a, in: t)
            }
        }
        var nextRaw = 0
        for member in block.members {
            let d = member.decl
            if let v = d.as(VariableDeclSyntax.self) {
                try addProperty(v, to: t)
            } else if let fd = d.as(FunctionDeclSyntax.self) {
                let fn = try signature(fd, owner: t)
                for (i, p) in fn.params.enumerated() where p.autoclosure {
                    session.registry.autoclosureArguments[fn.name, default: []].insert(i)
                }
                if fn.isStatic {
                    fn.hasSelf = true
                    t.staticMethods[fn.name, default: []].append(fn)
                } else {
                    if t.kind == .classType { fn.isMutating = false }
                    t.addMethod(fn)
                }
                let parent = rootContext
                deferred.append { [unowned self] in try self.compileBody(fn, fd.body, parent: parent, selfType: t, node: fd) }
            } else if let i = d.as(InitializerDeclSyntax.self) {
                let initGenerics = genericNames(i.genericParameterClause)
                genericScopes.append(initGenerics)
                let params = try parameters(i.signature.parameterClause)
                genericScopes.removeLast()
                let fn = Function(name: "init", params: params)
                fn.genericParams = initGenerics
                fn.hasSelf = true
                fn.isInit = true
                fn.isMutating = true
                fn.owner = t
                fn.returnsOptional = i.optionalMark != nil
                t.initializers.append(fn)
                let parent = rootContext
                deferred.append { [unowned self] in
                    try self.compileBody(fn, i.body, parent: parent, selfType: t, isInit: true, node: i)
                }
            } else if let c = d.as(EnumCaseDeclSyntax.self) {
                guard t.kind == .enumeration else { throw error("enum 'case' is not allowed outside of an enum", c) }
                for el in c.elements {
                    var labels: [String?] = []
                    var types: [TypeSpec?] = []
                    var defaults: [Eval?] = []
                    for p in el.parameterClause?.parameters ?? [] {
                        labels.append(p.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil)
                        types.append(typeSpec(p.type))
                        if let dv = p.defaultValue { defaults.append(try expr(dv.value, typeSpec(p.type))) } else { defaults.append(nil) }
                    }
                    var raw: Value?
                    if let rv = el.rawValue {
                        if let i = rv.value.as(IntegerLiteralExprSyntax.self) {
                            let n = try intLiteral(i)
                            raw = Compiler.integerRaw(n, t.rawType)
                            nextRaw = n + 1
                        } else if let p = rv.value.as(PrefixOperatorExprSyntax.self), let i = p.expression.as(IntegerLiteralExprSyntax.self) {
                            let n = -(try intLiteral(i))
                            raw = Compiler.integerRaw(n, t.rawType)
                            nextRaw = n + 1
                        } else {
                            raw = try expr(rv.value, t.rawType)(Frame.make(count: 1, parent: nil))
                        }
                    } else if let rawType = t.rawType {
                        switch rawType {
                        case .int, .fixed: raw = Compiler.integerRaw(nextRaw, rawType); nextRaw += 1
                        case .string: raw = .string(el.name.text)
                        default: raw = nil
                        }
                    }
                    t.caseIndex[el.name.text] = t.cases.count
                    t.cases.append(UserType.EnumCase(name: el.name.text, labels: labels, types: types, rawValue: raw, defaults: defaults))
                }
            } else if let sd = d.as(SubscriptDeclSyntax.self) {
                try addSubscript(sd, to: t)
            } else if let di = d.as(DeinitializerDeclSyntax.self), t.kind == .classType {
                try addDeinitializer(di, to: t)
            } else if d.is(DeinitializerDeclSyntax.self) || d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self)
                        || d.is(EnumDeclSyntax.self) || d.is(TypeAliasDeclSyntax.self) {
                continue
            } else {
                throw unsupported(declKindName(d), d)
            }
        }
    }

    func addProperty(_ v: VariableDeclSyntax, to t: UserType) throws {
        if try addWrappedProperty(v, to: t) || addLazyProperty(v, to: t) || addWeakProperty(v, to: t) { return }
        let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        let mutable = v.bindingSpecifier.tokenKind == .keyword(.var)
        for b in v.bindings {
            guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported("this property pattern", b) }
            let name = id.identifier.text
            let annotation = sharedAnnotation(b, in: v.bindings)
            let declared = annotation.map { typeSpec($0.type) }
            if let ann = annotation { try checkTypeSupported(ann.type) }
            if let accessors = b.accessorBlock, case .accessors(let list) = accessors.accessors, !list.isEmpty,
               list.allSatisfy({ [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }) {
                guard !isStatic else { throw unsupported("observers of static properties", accessors) }
                guard t.kind != .enumeration else { throw error("enums must not contain stored properties", b) }
                try addStoredProperty(b, name: name, declared: declared, mutable: mutable, to: t, observers: list)
                continue
            }
            if let accessors = b.accessorBlock {
                let computed = try computedProperty(name, declared, accessors, t, isStatic: isStatic)
                if isStatic { t.staticComputed[name] = computed } else { t.computed[name] = computed }
                continue
            }
            let type = declared ?? b.initializer.map { inferredType($0.value) } ?? nil
            if isStatic {
                let box = Box(.void)
                t.staticBoxes[name] = box
                if let initializer = b.initializer {
                    let parent = rootContext
                    deferred.append { [unowned self] in
                        let fc = FunctionContext(parent: parent, name: "static \(name)")
                        fc.selfType = t
                        fc.isStatic = true
                        let ev = try self.evalInFunction(fc) { try self.expr(initializer.value, declared) }
                        let n = fc.slotCount
                        let rt = self.rt
                        self.staticInitializers.append {
                            box.value = rt.coerce(try ev(Frame.make(count: n, parent: nil)), to: type)
                        }
                    }
                }
                continue
            }
            guard t.kind != .enumeration else { throw error("enums must not contain stored properties", b) }
            try addStoredProperty(b, name: name, declared: declared, mutable: mutable, to: t, observers: nil)
        }
    }

    /// A stored property, with its `willSet`/`didSet` observers when it has some.
    func addStoredProperty(_ b: PatternBindingSyntax, name: String, declared: TypeSpec?, mutable: Bool, to t: UserType,
                           observers: AccessorDeclListSyntax?) throws {
        let type = declared ?? b.initializer.map { inferredType($0.value) } ?? nil
        var initial: Eval?
        if let initializer = b.initializer {
            let holder = InitialHolder()
            initial = { f in try holder.eval(f) }
            let parent = rootContext
            deferred.append { [unowned self] in
                let fc = FunctionContext(parent: parent, name: "initial \(name)")
                // As in Swift, an initial value sees the type's static members unqualified (no `self`).
                fc.selfType = t
                fc.isStatic = true
                let ev = try self.evalInFunction(fc) { try self.expr(initializer.value, declared) }
                holder.eval = ev
            }
        } else if declared?.isOptional == true && mutable {
            initial = { _ in .none }
        }
        var property = UserType.Property(name: name, type: type, mutable: mutable, initial: initial)
        // `override var x: T { didSet … }` adds observers to the inherited property (same field);
        // the superclass's own observers still run, inside the override's.
        let inherited = t.superclass != nil ? t.propertyIndex[name] : nil
        if let i = inherited {
            property = t.properties[i]
            if property.willSetObserver != nil || property.didSetObserver != nil {
                property.inheritedObservers.insert((property.willSetObserver, property.didSetObserver), at: 0)
            }
            property.willSetObserver = nil
            property.didSetObserver = nil
        }
        for acc in observers ?? [] {
            let fn = observerFunction(acc, name, type, t)
            if acc.accessorSpecifier.tokenKind == .keyword(.willSet) { property.willSetObserver = fn } else { property.didSetObserver = fn }
        }
        if let i = inherited {
            t.properties[i] = property
            if property.isObserved { t.hasObservers = true }
            return
        }
        if t.superclass != nil, let overridden = t.computed[name] {
            t.computed[name] = observedOverride(of: overridden, name, type, willSet: property.willSetObserver, didSet: property.didSetObserver)
            return
        }
        t.addProperty(property)
    }

    /// A `willSet` or `didSet` of property `name`, as a method taking the new (old) value; its
    /// body is compiled after the cell's statements.
    func observerFunction(_ acc: AccessorDeclSyntax, _ name: String, _ type: TypeSpec?, _ t: UserType) -> Function {
        let isWill = acc.accessorSpecifier.tokenKind == .keyword(.willSet)
        let pname = acc.parameters?.name.text ?? (isWill ? "newValue" : "oldValue")
        let fn = Function(name: name, params: [Param(label: nil, name: pname, type: type)])
        fn.hasSelf = true
        fn.isMutating = t.kind != .classType
        fn.owner = t
        let body = acc.body
        let parent = rootContext
        deferred.append { [unowned self] in try self.compileBody(fn, body, parent: parent, selfType: t, node: acc) }
        return fn
    }

    /// `override var y: Int { willSet … didSet … }` over an inherited computed property: reads
    /// go to the superclass getter; a write runs `willSet`, the superclass setter, `didSet`.
    func observedOverride(of overridden: UserType.Computed, _ name: String, _ type: TypeSpec?,
                          willSet: Function?, didSet: Function?) -> UserType.Computed {
        let rt = self.rt
        let setter = Function(name: name, params: [Param(label: nil, name: "newValue", type: type)])
        setter.hasSelf = true
        setter.slotCount = 2
        setter.body = { frame in
            let target = frame.slots[0], new = frame.slots[1]
            let old = try rt.invoke(overridden.get, [], self: target)
            if let willSet { _ = try rt.invoke(willSet, [new], self: target) }
            if let set = overridden.set { _ = try rt.invoke(set, [new], self: target) }
            if let didSet { _ = try rt.invoke(didSet, [old], self: target) }
            return .void
        }
        return UserType.Computed(get: overridden.get, set: setter)
    }

    func computedProperty(_ name: String, _ type: TypeSpec?, _ block: AccessorBlockSyntax, _ t: UserType, isStatic: Bool) throws -> UserType.Computed {
        let (getter, setter) = try accessorFunctions(name, params: [], type, block.accessors, t, isStatic: isStatic,
                                                     setterMutates: t.kind != .classType, parent: rootContext,
                                                     what: "accessors (property observers)")
        return UserType.Computed(get: getter, set: setter)
    }

    /// The getter and optional setter of a computed property or subscript, their bodies compiled
    /// after the cell's statements; the setter takes `params`, then the new value.
    func accessorFunctions(_ name: String, params: [Param], _ type: TypeSpec?, _ accessors: AccessorBlockSyntax.Accessors,
                           _ t: UserType, isStatic: Bool, setterMutates: Bool, parent: FunctionContext,
                           what: String) throws -> (Function, Function?) {
        let getter = Function(name: name, params: params)
        getter.hasSelf = true
        getter.isStatic = isStatic
        getter.returnType = type
        getter.owner = t
        var setter: Function?
        switch accessors {
        case .getter(let items):
            deferred.append { [unowned self] in
                try self.compileBody(getter, statements: items, parent: parent, selfType: t)
            }
        case .accessors(let list):
            for acc in list {
                switch acc.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    let body = acc.body
                    deferred.append { [unowned self] in try self.compileBody(getter, body, parent: parent, selfType: t, node: acc) }
                case .keyword(.set):
                    let pname = acc.parameters?.name.text ?? "newValue"
                    let fn = Function(name: name, params: params + [Param(label: nil, name: pname, type: type)])
                    fn.hasSelf = true
                    fn.isMutating = setterMutates
                    fn.isStatic = isStatic
                    fn.owner = t
                    setter = fn
                    let body = acc.body
                    deferred.append { [unowned self] in try self.compileBody(fn, body, parent: parent, selfType: t, node: acc) }
                default:
                    throw unsupported("'\(acc.accessorSpecifier.text)' \(what)", acc)
                }
            }
        }
        return (getter, setter)
    }
}

/// A stored property's initial-value expression, filled in once compiled.
final class InitialHolder {
    var eval: Eval = { _ in .void }
}
