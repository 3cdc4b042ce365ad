import SwiftSyntax

/// Declarations: let/var, functions (global, nested), imports; types live in CompileTypes.
extension Compiler {
    func declaration(_ d: DeclSyntax) throws -> Exec {
        if let v = d.as(VariableDeclSyntax.self) { return try variableDecl(v) }
        if let fd = d.as(FunctionDeclSyntax.self) { return try functionDecl(fd) }
        if d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) || d.is(TypeAliasDeclSyntax.self) {
            return { _ in .normal }  // declared when the block was hoisted
        }
        if d.is(ExtensionDeclSyntax.self) || d.is(ProtocolDeclSyntax.self) {
            guard ctx.atGlobalScope else { throw error("declaration is only valid at file scope", d) }
            return { _ in .normal }
        }
        if d.is(OperatorDeclSyntax.self) || d.is(PrecedenceGroupDeclSyntax.self) {
            // Used when the cell is parsed (see OperatorDeclarations); Swift allows them only at file scope.
            guard ctx.atGlobalScope else { throw error("\(declKindName(d)) may only be declared at file scope", d) }
            return { _ in .normal }
        }
        if let i = d.as(ImportDeclSyntax.self) {
            let name = i.path.map(\.name.text).joined(separator: ".")
            if ["Foundation", "Glibc", "Darwin", "Swift"].contains(name) { return { _ in .normal } }
            throw RunError(.unsupported, "import of '\(name)' is not supported in notebooks (only Foundation)", at: loc(i))
        }
        throw unsupported(declKindName(d), d)
    }

    func declKindName(_ d: DeclSyntax) -> String {
        if d.is(ProtocolDeclSyntax.self) { return "protocols" }
        if d.is(TypeAliasDeclSyntax.self) { return "typealias" }
        if d.is(OperatorDeclSyntax.self) { return "operator declarations" }
        if d.is(PrecedenceGroupDeclSyntax.self) { return "precedence groups" }
        if d.is(ActorDeclSyntax.self) { return "actors" }
        if d.is(MacroDeclSyntax.self) || d.is(MacroExpansionDeclSyntax.self) { return "macros" }
        if d.is(SubscriptDeclSyntax.self) { return "subscript declarations" }
        if d.is(AssociatedTypeDeclSyntax.self) { return "associated types" }
        if d.is(IfConfigDeclSyntax.self) { return "'#if' blocks" }
        return "this declaration"
    }

    // MARK: let / var

    func variableDecl(_ v: VariableDeclSyntax) throws -> Exec {
        let mutable = v.bindingSpecifier.tokenKind == .keyword(.var)
        let isLazy = v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.lazy) })
        if let wrapped = try wrappedVariable(v) { return wrapped }
        var execs: [Stmt] = []
        for b in v.bindings {
            if let block = b.accessorBlock { execs.append(Stmt(try accessorVariable(b, block), loc(b))); continue }
            if isLazy { execs.append(Stmt(try lazyVariable(b), loc(b))); continue }
            let annotation = sharedAnnotation(b, in: v.bindings)
            let declared = annotation.map { typeSpec($0.type) }
            if let ann = annotation { try checkTypeSupported(ann.type) }
            guard let initializer = b.initializer else {
                if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                    let set = try declareVariable(id.identifier.text, type: declared, mutable: true, node: id)
                    let initial: Value = declared?.isOptional == true && mutable ? .none : .void
                    execs.append(Stmt({ f in set(f, initial); return .normal }, .unknown))
                    continue
                }
                throw error("variable declaration needs an initial value", b)
            }
            let type = declared ?? inferredType(initializer.value)
            var ev = adaptToGeneric(try expr(initializer.value, declared), declared)
            if annotation?.type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true {
                // `var cv: UInt8! = c.asciiValue`: used as a UInt8 from then on (nil stays nil).
                let wrapped = ev
                ev = { f in
                    let v = try wrapped(f)
                    if case .some(let x) = v { return x }
                    return v
                }
            }
            let bind = try patternBinder(b.pattern, type: declared ?? type, mutable: mutable)
            let initialize = ev
            execs.append(Stmt({ f in try bind(f, try initialize(f)); return .normal }, .unknown))
        }
        return sequence(execs)
    }

    /// The type a variable gets from its initializer, when obvious (used to adapt later
    /// literal assignments: `var total = 0.0; total = 1`).
    func inferredType(_ e: ExprSyntax) -> TypeSpec? {
        if let c = e.as(FunctionCallExprSyntax.self), let g = c.calledExpression.as(GenericSpecializationExprSyntax.self),
           let (_, spec) = specializedType(g) {
            return spec
        }
        switch staticType(e) {
        case .double?: return .double
        case .float?: return .float
        case .array(let t)?: return .array(t)
        default: break
        }
        // `var best = (start: 1, length: 1)`: later `best = (i, n)` keeps the labels.
        if let t = e.as(TupleExprSyntax.self), t.elements.count > 1, t.elements.contains(where: { $0.label != nil }) {
            return .labeledTuple(t.elements.map { $0.label?.text }, t.elements.map { staticType($0.expression) ?? .any })
        }
        return nil
    }

    func checkTypeSupported(_ t: TypeSyntax) throws {
        if let id = t.as(IdentifierTypeSyntax.self), id.genericArgumentClause != nil,
           !["Array", "Dictionary", "Set", "Optional", "Range", "ClosedRange", "Result",
             "KeyPath", "WritableKeyPath", "ReferenceWritableKeyPath", "PartialKeyPath",
             "AnyIterator", "AnySequence"].contains(id.name.text),
           lookupType(id.name.text)?.genericParams.isEmpty != false {
            throw unsupported("the generic type '\(id.name.text)'", t)
        }
    }

    // MARK: Functions

    /// Builds a function's signature (no body yet).
    func signature(_ fd: FunctionDeclSyntax, owner: UserType?) throws -> Function {
        // `async` functions run to completion where they are awaited: a notebook has one thread
        // of execution and no suspension points (actors and `Task` are not available).
        let generics = genericNames(fd.genericParameterClause)
        genericScopes.append(generics)
        defer { genericScopes.removeLast() }
        let fn = Function(name: try declaredFunctionName(fd), params: try parameters(fd.signature.parameterClause))
        fn.genericParams = generics
        fn.returnType = fd.signature.returnClause.map { typeSpec($0.type) }
        fn.owner = owner
        fn.isStatic = fd.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        fn.isMutating = fd.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
        fn.hasSelf = owner != nil
        return fn
    }

    func parameters(_ clause: FunctionParameterClauseSyntax) throws -> [Param] {
        try clause.parameters.map { p in
            let first = p.firstName.text
            let label: String? = first == "_" ? nil : first
            let name = p.secondName?.text ?? first
            var isInout = false, autoclosure = false
            var typeSyntax = p.type
            if let attr = p.type.as(AttributedTypeSyntax.self) {
                autoclosure = attr.attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "autoclosure" }
                isInout = attr.specifiers.contains { spec in
                    if case .simpleTypeSpecifier(let s) = spec { return s.specifier.tokenKind == .keyword(.inout) }
                    return false
                }
                typeSyntax = attr.baseType
            }
            try checkTypeSupported(typeSyntax)
            var type = typeSpec(typeSyntax)
            let variadic = p.ellipsis != nil
            var def: Eval?
            if let d = p.defaultValue {
                let dc = FunctionContext(parent: nil, name: "default")
                // An `@autoclosure` default (`_ message: @autoclosure () -> String = ""`) is
                // the closure's body: the parameter holds a function that evaluates it.
                var t = type
                if autoclosure, case .signature(_, let result) = type { t = result }
                let valueType = t
                let ev = try evalInFunction(dc) { try expr(d.value, valueType) }
                let rt = self.rt
                def = { f in rt.coerce(try ev(f), to: valueType) }
                if autoclosure, let value = def {
                    def = { f in
                        let thunk = Function(name: "autoclosure", params: [])
                        thunk.body = { _ in try value(f) }
                        return .function(thunk)
                    }
                }
            }
            if variadic { type = .array(type) }
            var param = Param(label: label, name: name, type: type, defaultValue: def, variadic: variadic, isInout: isInout)
            param.autoclosure = autoclosure
            return param
        }
    }

    /// Compiles a function body into `fn` (parameters in slots after `self`).
    func compileBody(_ fn: Function, _ body: CodeBlockSyntax?, parent: FunctionContext?, selfType: UserType?,
                     isInit: Bool = false, node: some SyntaxProtocol) throws {
        guard let body else { throw error("function needs a body", node) }
        try compileBody(fn, statements: body.statements, parent: parent, selfType: selfType, isInit: isInit)
    }

    /// Compiles statements as a function body (a getter's `{ … }` is statements in place, so
    /// its locations stay those of the cell).
    func compileBody(_ fn: Function, statements: CodeBlockItemListSyntax, parent: FunctionContext?, selfType: UserType?,
                     isInit: Bool = false) throws {
        if try compileResultBuilderBody(fn, statements: statements, parent: parent, selfType: selfType, isInit: isInit) { return }
        let fc = FunctionContext(parent: parent, name: fn.name)
        fc.selfType = fn.isStatic ? selfType : selfType
        fc.isStatic = fn.isStatic
        fc.isMutating = fn.isMutating || isInit
        fc.isInit = isInit
        fc.returnType = fn.returnType
        fc.genericNames = fn.genericParams
        try withFunction(fc) {
            if fn.hasSelf { _ = fc.allocate() }
            for p in fn.params { _ = fc.declare(p.name, type: p.type, mutable: p.isInout) }
            recordGenericSources(fn, in: fc)
            recordSelfSources(fn, in: fc)
            let implicitReturn = statements.count == 1 && fn.returnType != nil && isSingleExpression(statements)
            if let e = branchingValue(statements, fn.returnType) {
                // `-> Int { switch x { case 1: 10 default: 20 } }`: the if/switch is the value.
                try hoistFunctions(statements)
                let ev = try expr(ExprSyntax(e), fn.returnType)
                let rt = self.rt
                let t = fn.returnType
                fn.body = { f in rt.coerce(try ev(f), to: t) }
            } else if implicitReturn, let only = statements.first, case .expr(let e) = only.item {
                try hoistFunctions(statements)
                let ev = try expr(e, fn.returnType)
                let rt = self.rt
                let t = fn.returnType
                fn.body = { f in rt.coerce(try ev(f), to: t) }
            } else if let direct = try tailBody(statements) {
                fn.body = direct
            } else {
                let exec = try block(statements)
                fn.body = { f in
                    if case .returned = try exec(f) { return f.ret }
                    return .void
                }
            }
        }
        fn.slotCount = fc.slotCount
        fn.framesEscape = createsClosures(Syntax(statements))
    }

    /// Whether the code creates closures or nested functions (which keep its frame alive).
    func createsClosures(_ node: Syntax) -> Bool {
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return true }
        for child in node.children(viewMode: .sourceAccurate) where createsClosures(child) { return true }
        return false
    }

    /// The `if` or `switch` that is a whole body returning a value (Swift 5.9's if/switch
    /// expressions): each branch ends in the value, without `return`.
    func branchingValue(_ items: CodeBlockItemListSyntax, _ returnType: TypeSpec?) -> ExprSyntax? {
        guard items.count == 1, let returnType, returnType != .tuple([]), returnType != .named("Void"), let only = items.first else { return nil }
        var e: ExprSyntax?
        switch only.item {
        case .expr(let x): e = x
        case .stmt(let s): e = s.as(ExpressionStmtSyntax.self)?.expression
        default: return nil
        }
        guard let e, e.is(IfExprSyntax.self) || e.is(SwitchExprSyntax.self), !containsReturn(Syntax(e)) else { return nil }
        return e
    }

    func isSingleExpression(_ items: CodeBlockItemListSyntax) -> Bool {
        guard let only = items.first, case .expr(let e) = only.item else { return false }
        if let inf = e.as(InfixOperatorExprSyntax.self), inf.operator.is(AssignmentExprSyntax.self) { return false }
        return true
    }

    /// Top-level function and type declarations of a block are declared before its statements
    /// run, so they can be used in any order; local functions get a frame slot.
    func hoistFunctions(_ items: CodeBlockItemListSyntax) throws {
        try hoistTypes(items)
        for item in items {
            guard case .decl(let d) = item.item else { continue }
            if let fd = d.as(FunctionDeclSyntax.self) {
                if ctx.atGlobalScope {
                    try checkProtected(fd.name.text, fd)
                    let fn = try signature(fd, owner: nil)
                    fn.hasSelf = false
                    var list = pendingFunctions[fn.name] ?? (pendingVars[fn.name] == nil && pendingTypes[fn.name] == nil ? session.functions[fn.name] ?? [] : [])
                    list.removeAll { $0.signatureKey == fn.signatureKey }
                    list.append(fn)
                    pendingFunctions[fn.name] = list
                    pendingVars[fn.name] = nil
                    pendingTypes[fn.name] = nil
                    hoistedGlobalFunctions[fd.id] = fn
                    let parent = ctx
                    deferred.append { [unowned self] in
                        try self.compileBody(fn, fd.body, parent: parent, selfType: nil, node: fd)
                    }
                } else {
                    _ = ctx.declare(fd.name.text, type: .function, mutable: false)
                }
            }
        }
    }

    /// Protocols, aliases, types and extensions of a block, in that order (each may name the
    /// ones before). Types declared in a function are declared like top-level ones.
    func hoistTypes(_ items: CodeBlockItemListSyntax) throws {
        let decls = items.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        let global = ctx.atGlobalScope
        if global { for d in decls { if let p = d.as(ProtocolDeclSyntax.self) { try declareProtocol(p) } } }
        for d in decls { if let a = d.as(TypeAliasDeclSyntax.self) { try declareTypeAlias(a, in: nil) } }
        if global { for d in decls { if let p = d.as(ProtocolDeclSyntax.self) { try defineProtocol(p) } } }
        for d in decls where d.is(StructDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumDeclSyntax.self) {
            try declareType(d)
        }
        if global { for d in decls { if let ext = d.as(ExtensionDeclSyntax.self) { try declareExtension(ext) } } }
    }

    func functionDecl(_ fd: FunctionDeclSyntax) throws -> Exec {
        if ctx.atGlobalScope { return { _ in .normal } }
        guard let local = ctx.lookupLocal(fd.name.text) else { throw error("internal: function not hoisted", fd) }
        let fn = try signature(fd, owner: nil)
        fn.hasSelf = false
        try compileBody(fn, fd.body, parent: ctx, selfType: nil, node: fd)
        let slot = local.slot
        return { f in
            f.slots[slot] = .function(fn.withCapture(f))
            return .normal
        }
    }
}

extension Compiler {
    /// A binding's type annotation; in `var width, height: Double` the names without one (and
    /// without an initial value) take the next annotation, as in Swift.
    func sharedAnnotation(_ b: PatternBindingSyntax, in list: PatternBindingListSyntax) -> TypeAnnotationSyntax? {
        if let own = b.typeAnnotation { return own }
        guard b.initializer == nil, b.accessorBlock == nil else { return nil }
        var after = false
        for other in list {
            if other.id == b.id { after = true; continue }
            guard after else { continue }
            if let t = other.typeAnnotation { return t }
            if other.initializer != nil { return nil }
        }
        return nil
    }
}
