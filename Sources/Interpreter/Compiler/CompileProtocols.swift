import Foundation
import SwiftSyntax

/// Protocol declarations, conformances (checked against the requirements) and extensions of
/// notebook types, protocols, standard types and standard protocols.
extension Compiler {
    /// Standard protocols a notebook type may declare without more than its own members.
    static let markerProtocols: Set<String> = [
        "Equatable", "Hashable", "CustomStringConvertible", "CaseIterable", "Error", "Comparable",
        "Codable", "Encodable", "Decodable", "Sendable", "Identifiable", "CustomDebugStringConvertible", "LocalizedError",
        "AnyObject", "AdditiveArithmetic", "Sequence", "IteratorProtocol", "Collection", "OptionSet",
        "BidirectionalCollection", "RandomAccessCollection",
    ]
    /// Standard types that extensions may add members to (the key their table is filed under).
    static let extensibleBuiltins: [String: String] = [
        "Int": "Int", "Double": "Double", "Float": "Float", "Bool": "Bool", "String": "String", "Character": "Character",
        "Array": "Array", "Dictionary": "Dictionary", "Set": "Set", "Optional": "Optional", "Range": "Range", "ClosedRange": "Range",
        "Substring": "Substring", "Int8": "Int8", "Int16": "Int16", "Int32": "Int32", "Int64": "Int64", "UInt": "UInt",
        "UInt8": "UInt8", "UInt16": "UInt16", "UInt32": "UInt32", "UInt64": "UInt64",
    ]
    /// Standard protocols whose extensions apply to standard values (and conforming notebook types).
    static let extensibleProtocols: Set<String> = [
        "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
        "RangeReplaceableCollection", "StringProtocol", "Numeric", "AdditiveArithmetic", "SignedNumeric", "BinaryInteger",
        "SignedInteger", "FixedWidthInteger", "FloatingPoint", "BinaryFloatingPoint", "Comparable", "Equatable", "Hashable",
        "CustomStringConvertible", "Strideable", "SetAlgebra", "Error",
    ]
    /// Generic parameter names of standard types, usable inside their extensions.
    static let builtinGenericNames = ["Element", "Key", "Value", "Wrapped", "Bound", "Index", "SubSequence", "Iterator"]

    func declareProtocol(_ p: ProtocolDeclSyntax) throws {
        let name = p.name.text
        try checkProtected(name, p)
        let t = UserType(name: name, kind: .protocolType)
        t.genericParams = ["Self"] + p.memberBlock.members.compactMap { $0.decl.as(AssociatedTypeDeclSyntax.self)?.name.text }
        pendingTypes[name] = t
        pendingVars[name] = nil
        pendingFunctions[name] = nil
    }

    /// Fills a protocol's requirements and inherited protocols (after every protocol of the
    /// cell is declared, so they may refer to each other in any order).
    func defineProtocol(_ p: ProtocolDeclSyntax) throws {
        guard let t = lookupType(p.name.text) else { return }
        for inh in p.inheritanceClause?.inheritedTypes ?? [] {
            let n = inh.type.trimmedDescription
            if let q = lookupType(n), q.kind == .protocolType { t.protocols.append(q) }
            t.conformances.insert(n)
        }
        for member in p.memberBlock.members {
            let d = member.decl
            let isStatic = hasModifier(d, .static) || hasModifier(d, .class)
            if let f = d.as(FunctionDeclSyntax.self) {
                t.requirements[f.name.text] = Requirement(kind: .method, isStatic: isStatic, settable: false,
                                                          isMutating: hasModifier(d, .mutating))
            } else if let v = d.as(VariableDeclSyntax.self) {
                for b in v.bindings {
                    guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    var settable = false
                    if case .accessors(let list)? = b.accessorBlock?.accessors {
                        settable = list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
                    }
                    t.requirements[id.identifier.text] = Requirement(kind: .property, isStatic: isStatic, settable: settable, isMutating: false)
                }
            } else if d.is(InitializerDeclSyntax.self) {
                t.requirements["init"] = Requirement(kind: .initializer, isStatic: true, settable: false, isMutating: true)
            } else if let a = d.as(TypeAliasDeclSyntax.self) {
                t.typeAliases[a.name.text] = typeSpec(a.initializer.value)
            } else if d.is(AssociatedTypeDeclSyntax.self) || d.is(SubscriptDeclSyntax.self) {
                continue
            } else {
                throw error("\(declKindName(d)) is not allowed in a protocol", d)
            }
        }
    }

    func hasModifier(_ d: DeclSyntax, _ k: Keyword) -> Bool {
        guard let mods = d.asProtocol(WithModifiersSyntax.self)?.modifiers else { return false }
        return mods.contains { $0.name.tokenKind == .keyword(k) }
    }

    /// Records a type's inherited name: a notebook protocol (checked at the end of the cell),
    /// a standard protocol, or an error.
    func addConformance(_ n: String, to t: UserType, _ node: some SyntaxProtocol) throws {
        if let p = lookupType(n), p.kind == .protocolType {
            if !t.protocols.contains(where: { $0 === p }) { t.protocols.append(p) }
            t.conformances.insert(n)
            pendingConformanceChecks.append((t, p, loc(node)))
        } else if Compiler.markerProtocols.contains(n) || Compiler.literalProtocols.contains(n) || (t.kind == .extensionTable && Compiler.extensibleProtocols.contains(n)) {
            t.conformances.insert(n)
        } else {
            throw unsupported("conformance to '\(n)'", node)
        }
    }

    // MARK: Extensions

    func declareExtension(_ ext: ExtensionDeclSyntax) throws {
        let name = ext.extendedType.trimmedDescription
        let constraints = try whereClause(ext.genericWhereClause)
        let target: UserType
        if let t = lookupType(name) ?? nestedType(name) {
            if t.kind == .protocolType, !constraints.isEmpty {
                target = constrainedTable(of: t, constraints)
            } else {
                target = t
            }
        } else if let key = Compiler.extensibleBuiltins[baseName(ext.extendedType)] {
            let table = session.registry.table(forBuiltin: key)
            table.genericParams = Compiler.builtinGenericNames
            target = constraints.isEmpty ? table : constrainedTable(of: table, constraints)
        } else if Compiler.extensibleProtocols.contains(name) {
            let table = session.registry.standardProtocol(name)
            table.genericParams = ["Self"] + Compiler.builtinGenericNames
            target = constraints.isEmpty ? table : constrainedTable(of: table, constraints)
        } else {
            throw unsupported("extensions of '\(name)'", ext.extendedType)
        }
        for i in ext.inheritanceClause?.inheritedTypes ?? [] {
            try addConformance(i.type.trimmedDescription, to: target.kind == .protocolType && !target.constraints.isEmpty ? target : baseTable(target), i)
        }
        if target.kind == .extensionTable || target.kind == .protocolType {
            for m in ext.memberBlock.members { if let n = memberName(m.decl) { session.registry.extensionMemberNames.insert(n) } }
        }
        if target.kind == .extensionTable { try refuseOperatorRedeclarations(ext, name) }
        try addMembers(ext.memberBlock, to: target)
    }

    /// The unconstrained table a constrained one belongs to (conformances go there).
    private func baseTable(_ t: UserType) -> UserType {
        if t.kind == .extensionTable, !t.constraints.isEmpty { return session.registry.table(forBuiltin: t.name) }
        return t
    }

    private func baseName(_ t: TypeSyntax) -> String {
        if let id = t.as(IdentifierTypeSyntax.self) { return id.name.text }
        if t.is(ArrayTypeSyntax.self) { return "Array" }
        if t.is(DictionaryTypeSyntax.self) { return "Dictionary" }
        if t.is(OptionalTypeSyntax.self) { return "Optional" }
        return t.trimmedDescription
    }

    /// `Deck.Suit` written as the extended type.
    func nestedType(_ dotted: String) -> UserType? {
        let parts = dotted.split(separator: ".").map(String.init)
        guard parts.count > 1, var t = lookupType(parts[0]) else { return nil }
        for p in parts.dropFirst() {
            guard let n = t.nestedTypes[p] else { return nil }
            t = n
        }
        return t
    }

    private func constrainedTable(of t: UserType, _ constraints: [Constraint]) -> UserType {
        let table = UserType(name: t.name, kind: t.kind)
        table.constraints = constraints
        table.genericParams = t.genericParams
        table.requirements = t.requirements
        table.protocols = [t]
        t.constrainedTables.append(table)
        return table
    }

    private func memberName(_ d: DeclSyntax) -> String? {
        if let f = d.as(FunctionDeclSyntax.self) { return f.name.text }
        if let v = d.as(VariableDeclSyntax.self) { return v.bindings.first?.pattern.as(IdentifierPatternSyntax.self)?.identifier.text }
        if d.is(InitializerDeclSyntax.self) { return "init" }
        return nil
    }

    /// A `where` clause as constraints (`Element: Numeric`, `Element == Double`, `Self: Shape`).
    func whereClause(_ clause: GenericWhereClauseSyntax?) throws -> [Constraint] {
        guard let clause else { return [] }
        var out: [Constraint] = []
        for r in clause.requirements {
            switch r.requirement {
            case .conformanceRequirement(let c):
                let subject = c.leftType.trimmedDescription
                for part in c.rightType.trimmedDescription.split(separator: "&") {
                    out.append(.conforms(subject: subject, protocolName: part.trimmingCharacters(in: .whitespaces)))
                }
            case .sameTypeRequirement(let s):
                guard case .type(let right) = s.rightType else { throw unsupported("this 'where' requirement", r) }
                out.append(.same(subject: s.leftType.trimmedDescription, TypeSpec.from(right)))
            default:
                throw unsupported("this 'where' requirement", r)
            }
        }
        return out
    }

    // MARK: Checking conformances

    /// Every requirement of each protocol a type of this cell declared is implemented by the
    /// type, an extension or a protocol-extension default; otherwise an error at the conformance.
    func checkConformances() throws {
        let registry = session.registry
        for (t, p, l) in pendingConformanceChecks where t.kind != .extensionTable {
            var reqs = p.requirements.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            reqs += p.allRequirements().map { ($0.0, $0.1) }
            for (name, r) in reqs where !isImplemented(name, r, by: t, registry) {
                let what = r.kind == .method ? "method" : (r.kind == .property ? "property" : "initializer")
                let shown = r.kind == .initializer ? "init" : "'\(name)'"
                throw RunError(.runtime, "type '\(t.name)' does not conform to protocol '\(p.name)' (it requires \(what) \(shown))", at: l)
            }
        }
        pendingConformanceChecks = []
    }

    private func isImplemented(_ name: String, _ r: Requirement, by t: UserType, _ registry: TypeRegistry) -> Bool {
        if name.first.map({ !$0.isLetter && $0 != "_" }) == true { return true }  // operators: synthesized or global
        switch r.kind {
        case .initializer: return true
        case .method:
            if r.isStatic { return registry.staticMethods(t, name) != nil || t.caseIndex[name] != nil }
            return registry.methods(t, name, for: nil) != nil
        case .property:
            if r.isStatic {
                return t.staticBoxes[name] != nil || registry.staticComputed(t, name) != nil || t.caseIndex[name] != nil
            }
            if let i = t.propertyIndex[name] { return !r.settable || t.properties[i].mutable }
            if let c = registry.computed(t, name, for: nil) { return !r.settable || c.set != nil }
            return name == "rawValue" && t.rawType != nil
        }
    }
}

extension Compiler {
    /// Operators of standard types stay Swift's: a cell cannot change what `==` or `<` means
    /// for Double or Int (grading compares answers with them), as it cannot with global ones.
    static let standardOperatorNames: Set<String> = [
        "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>",
        "+=", "-=", "*=", "/=", "%=", "&+", "&-", "&*", "..<", "...", "??", "===", "!==", "~=",
    ]

    func refuseOperatorRedeclarations(_ ext: ExtensionDeclSyntax, _ typeName: String) throws {
        for m in ext.memberBlock.members {
            guard let fd = m.decl.as(FunctionDeclSyntax.self), case .binaryOperator = fd.name.tokenKind,
                  Compiler.standardOperatorNames.contains(fd.name.text) else { continue }
            throw RunError(.unsupported, "'\(fd.name.text)' for '\(typeName)' is provided by the notebook and cannot be redeclared", at: loc(fd.name))
        }
    }
}
