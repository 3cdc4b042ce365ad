/// What one cell defines, reads and changes, as names of the notebook's top-level declarations.
///
/// `reads` and `mutates` include what the functions, types and closures the cell uses read and
/// change, wherever they were declared: an over-approximation, never an under-approximation.
public struct CellDependencies: Equatable, Sendable, CustomStringConvertible {
    /// Names the cell declares at its top level (and extension members it adds).
    public var defines: [String]
    /// Names declared by some cell that running this cell may read.
    public var reads: [String]
    /// Names declared by other cells (or earlier by this one) that running this cell may change.
    public var mutates: [String]
    /// False when the cell's text could not be analyzed (it then depends on everything).
    public var analyzed: Bool

    public init(defines: [String], reads: [String], mutates: [String], analyzed: Bool = true) {
        self.defines = defines
        self.reads = reads
        self.mutates = mutates
        self.analyzed = analyzed
    }

    /// Every name the cell may write: what it defines and what it may change.
    public var writes: Set<String> { Set(defines).union(mutates) }

    public var description: String {
        "defines: \(defines.joined(separator: " ")); reads: \(reads.joined(separator: " ")); mutates: \(mutates.joined(separator: " "))"
    }
}

/// What the live session knows about a global's value, which sharpens the analysis: a method
/// call on a `let` of plain value type cannot change it, one on a model can.
public struct DependencyTraits {
    /// True when the global's value holds (or may hold) references: class instances, engine
    /// models, closures. Unknown names must answer true.
    public var isReference: (String) -> Bool
    /// True when `receiver.method(…)` is known to leave `receiver`'s value unchanged.
    public var isReadOnlyMethod: (_ receiver: String, _ method: String) -> Bool
    /// True when the result of `receiver.method(…)` is known to share no state with `receiver`
    /// (a new tensor, a number): whatever is then done with the result leaves `receiver` as it was.
    public var resultSharesNothing: (_ receiver: String, _ method: String) -> Bool

    public init(isReference: @escaping (String) -> Bool, isReadOnlyMethod: @escaping (String, String) -> Bool,
                resultSharesNothing: @escaping (String, String) -> Bool = { _, _ in false }) {
        self.isReference = isReference
        self.isReadOnlyMethod = isReadOnlyMethod
        self.resultSharesNothing = resultSharesNothing
    }

    /// Every value may be a reference, every method may mutate, every result may share state.
    public static let conservative = DependencyTraits(isReference: { _ in true }, isReadOnlyMethod: { _, _ in false })
}

/// Computes each cell's `CellDependencies` from the notebook's cell sources, in order.
public enum DependencyAnalysis {
    /// What a declared name carries into later cells.
    struct Binding {
        var kind: DefinitionKind
        /// What calling it reads and changes.
        var body = CodeFacts()
        /// Names its value may share references with (what the cells that wrote it read).
        var aliases: Set<String> = []
        /// What closures stored in it may read and change when called.
        var closures = CodeFacts()
        /// A variable or constant (functions and types carry no value to share).
        var holdsValue: Bool { kind == .constant || kind == .variable }
    }

    /// The cells' dependencies; `tracking` adds names to report besides those the cells define
    /// (names an earlier version of the notebook defined).
    public static func analyze(_ cells: [String], tracking extra: Set<String> = [],
                               traits: DependencyTraits = .conservative) -> [CellDependencies] {
        let facts = cells.map(CellFactsMemo.shared.facts)
        var tracked = extra
        for f in facts { tracked.formUnion(f.definedNames) }
        // A name after a dot can only be an extension member — or, unknown to this version, a
        // name only an earlier version defined (it may have been one).
        let defined = Set(facts.flatMap(\.definedNames))
        let extensionMembers = Set(facts.flatMap { $0.definitions.filter { $0.kind == .extensionMember }.map(\.name) })
        let members = extra.subtracting(defined).union(extensionMembers)
        // What the session knows of a method holds for its own methods: a cell's extension
        // member of the same name may be what a call runs.
        let known = DependencyTraits(
            isReference: traits.isReference,
            isReadOnlyMethod: { !members.contains($1) && traits.isReadOnlyMethod($0, $1) },
            resultSharesNothing: { !members.contains($1) && traits.resultSharesNothing($0, $1) })
        func readNames(_ c: CodeFacts) -> Set<String> { c.reads.union(c.memberReads.intersection(members)) }
        var env: [String: Binding] = [:]
        var out: [CellDependencies] = []
        for f in facts {
            guard f.parsed else {
                out.append(CellDependencies(defines: [], reads: tracked.sorted(), mutates: tracked.sorted(), analyzed: false))
                continue
            }
            let defined = f.definedNames
            // Names reached through what the cell uses: function bodies, aliases, stored closures.
            var reads = Set<String>()
            var pending: [Mutation] = Array(f.code.mutations)
            var queue = Array(readNames(f.code)) + f.code.mutations.map(\.name)
            var seen = Set<String>()
            while let name = queue.popLast() {
                guard seen.insert(name).inserted else { continue }
                if tracked.contains(name) { reads.insert(name) }
                var reached = CodeFacts()
                if let body = f.bodies[name] { reached.merge(body) }
                if let b = env[name] {
                    reached.merge(b.body)
                    if b.holdsValue, traits.isReference(name) {
                        reached.reads.formUnion(b.aliases.filter { env[$0]?.holdsValue ?? true })
                        reached.merge(b.closures)
                    }
                }
                queue.append(contentsOf: readNames(reached).filter { !seen.contains($0) })
                pending.append(contentsOf: reached.mutations)
                queue.append(contentsOf: reached.mutations.map(\.name).filter { !seen.contains($0) })
            }
            // A name the cell itself declares is its own unless its code read it directly first.
            // Functions, types and extension members the cell declares are visible in all of it.
            let hoisted = Set(f.definitions.filter { $0.kind != .constant && $0.kind != .variable }.map(\.name))
            let direct = readNames(f.code)
            reads = reads.filter { !hoisted.contains($0) && (!defined.contains($0) || direct.contains($0)) }
            var mutates = Set<String>()
            for m in pending where tracked.contains(m.name) && !mutates.contains(m.name) {
                if mutation(m, kind: env[m.name]?.kind ?? f.definitions.first { $0.name == m.name }?.kind,
                            tracked: tracked, traits: known) {
                    mutates.insert(m.name)
                }
            }
            // Changing a reference may change what it shares references with.
            var frontier = Array(mutates)
            while let name = frontier.popLast() {
                guard traits.isReference(name), let b = env[name] else { continue }
                for a in b.aliases where tracked.contains(a) && env[a]?.holdsValue ?? true && traits.isReference(a) && !mutates.contains(a) {
                    mutates.insert(a)
                    frontier.append(a)
                }
            }
            mutates.subtract(defined.subtracting(f.code.mutations.map(\.name)))
            reads.formUnion(mutates)
            out.append(CellDependencies(defines: Array(defined).sorted(), reads: reads.sorted(), mutates: mutates.sorted()))

            // What later cells see of the names this cell wrote.
            let shared = reads.union(direct.filter(tracked.contains))
            for (name, kind) in f.definitions {
                var b = Binding(kind: kind)
                if let body = f.bodies[name] { b.body = body }
                b.aliases = shared.subtracting([name])
                b.closures = f.closures
                if kind == .extensionMember, var old = env[name] {
                    old.body.merge(b.body)
                    old.aliases.formUnion(b.aliases)
                    b = old
                }
                env[name] = b
            }
            for name in mutates where !defined.contains(name) {
                env[name]?.aliases.formUnion(shared.subtracting([name]))
                env[name]?.closures.merge(f.closures)
            }
        }
        return out
    }

    /// Whether a possible change to `m.name` (declared as `kind`) is one.
    static func mutation(_ m: Mutation, kind: DefinitionKind?, tracked: Set<String>, traits: DependencyTraits) -> Bool {
        /// A call's result that shares nothing with the global: acting on it leaves the global alone.
        func throughFreshResult(_ access: ReceiverPath) -> Bool {
            guard case .resultOf(let method) = access else { return false }
            return traits.resultSharesNothing(m.name, method)
        }
        switch m.kind {
        case .assignment, .inoutArgument, .extensionOf:
            return true
        case .methodCall(let method, let access):
            switch kind {
            case .variable?, nil:
                if throughFreshResult(access) { return false }
                return !(access == .direct && traits.isReadOnlyMethod(m.name, method))
            case .type?:
                switch access {
                // `T(…)` makes a new value (what its initializer changes is in its body), and so
                // `T(…).f()` changes nothing of `T`.
                case .direct: return method != "callAsFunction"  // `T.reset()` may change static state
                case .resultOf("callAsFunction"): return false
                // `T.shared.add(1)`, `T.instance().add(1)`: static state may be what is changed.
                case .stored, .resultOf, .otherResult: return true
                }
            case .function?: return false
            case .constant?, .extensionMember?:
                guard traits.isReference(m.name) else { return false }
                if throughFreshResult(access) { return false }
                return !(access == .direct && traits.isReadOnlyMethod(m.name, method))
            }
        case .argument(let callee, let access):
            if kind != .type, kind != .function, throughFreshResult(access) { return false }
            return tracked.contains(callee) && traits.isReference(m.name)
        }
    }
}
