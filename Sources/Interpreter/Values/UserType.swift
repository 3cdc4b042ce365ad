/// Notebook-defined structs, classes and enums.
public final class UserType {
    /// `protocolType`: a protocol (its requirements and extension defaults); `extensionTable`:
    /// the members of an `extension Int`/`extension Array where …` of a standard type.
    public enum Kind { case structure, classType, enumeration, protocolType, extensionTable }

    struct Property {
        var name: String
        var type: TypeSpec?
        var mutable: Bool
        var initial: ((Frame) throws -> Value)?
        /// Property observers (`willSet` gets the new value, `didSet` the old one).
        var willSetObserver: Function?
        var didSetObserver: Function?
        /// Set for the `_x` storage of a property-wrapped `x` (see CompilePropertyWrappers.swift).
        var wrapping: PropertyWrapping?

        /// Observers of the same property in superclasses, nearest first (an `override var x
        /// { didSet … }` runs its own `willSet`, then theirs around the store, then its `didSet`).
        var inheritedObservers: [(willSet: Function?, didSet: Function?)] = []

        var isObserved: Bool { willSetObserver != nil || didSetObserver != nil || !inheritedObservers.isEmpty }
    }

    struct EnumCase {
        var name: String
        var labels: [String?]
        var types: [TypeSpec?]
        var rawValue: Value?
        var defaults: [((Frame) throws -> Value)?]
    }

    struct Computed {
        var get: Function
        var set: Function?
    }

    public let name: String
    public let kind: Kind
    var properties: [Property] = []
    var propertyIndex: [String: Int] = [:]
    var computed: [String: Computed] = [:]
    var methods: [String: [Function]] = [:] {
        didSet { customHash = methods["hash"]?.last { $0.params.count == 1 && $0.params[0].label == "into" } }
    }
    var staticBoxes: [String: Box] = [:]
    var staticComputed: [String: Computed] = [:]
    var staticMethods: [String: [Function]] = [:] {
        didSet { customEquality = staticMethods["=="]?.last { $0.params.count == 2 } }
    }
    /// The type's own `static func ==` and `func hash(into:)`, which `Set`, dictionary keys and
    /// `contains` use as Swift's do (see Builtins/Hashing.swift).
    private(set) var customEquality: Function?
    private(set) var customHash: Function?
    /// The session's runtime, to call `customEquality` / `customHash` from value comparisons.
    weak var runtime: Runtime?
    var initializers: [Function] = []
    /// `subscript` declarations (see CompileSubscripts.swift).
    var subscripts: [UserSubscript] = []
    var staticSubscripts: [UserSubscript] = []
    var cases: [EnumCase] = []
    var caseIndex: [String: Int] = [:]
    var rawType: TypeSpec?
    var conformances: Set<String> = []
    /// Notebook protocols this type (or protocol) conforms to or inherits, in declaration order.
    var protocols: [UserType] = []
    /// A protocol's requirements by name (what a conforming type must implement).
    var requirements: [String: Requirement] = [:]
    /// Constrained extensions of a protocol or standard type (`where Self: Q`, `where Element == Int`),
    /// searched after the unconstrained members.
    var constrainedTables: [UserType] = []
    /// The `where` clause of an extension table.
    var constraints: [Constraint] = []
    /// Generic parameters (`struct Stack<Element>`) and associated types of a protocol.
    var genericParams: [String] = []
    /// Types declared inside this one (`Deck.Suit`), and the type this one is declared in.
    var nestedTypes: [String: UserType] = [:]
    weak var parentType: UserType?
    /// `typealias` declarations inside the type (associated-type witnesses among them).
    var typeAliases: [String: TypeSpec] = [:]
    /// False once the type's own body declares an `init` (extensions keep the memberwise one).
    var memberwiseAvailable = true
    /// Shared instances of payload-free enum cases.
    var singletons: [Int: EnumInstance] = [:]

    /// The name Swift prints with the module (`main.Deck.Suit`).
    var qualifiedName: String { (parentType.map { $0.qualifiedName } ?? "main") + "." + name }
    /// The name Swift prints without the module (`Deck.Suit`).
    var displayName: String { parentType.map { $0.displayName + "." + name } ?? name }

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The superclass of a class that inherits from a notebook class.
    var superclass: UserType?
    /// The class's own `deinit` body.
    var deinitializer: Function?
    /// Where instances of a class with a `deinit` (its own or inherited) go when released.
    weak var deinitQueue: DeinitQueue? {
        didSet { runsDeinit = deinitQueue != nil }
    }
    private(set) var runsDeinit = false
    /// Classes that inherit from this one (methods added by later extensions reach them too).
    var subclasses: [UserType] = []

    /// This type or one of its superclasses is named `name`.
    func isSubtype(of name: String) -> Bool {
        var t: UserType? = self
        while let c = t {
            if c.name == name { return true }
            t = c.superclass
        }
        return false
    }

    /// Initializers a class can be built with: its own, then those it inherits from its
    /// superclasses that it does not override (Swift's inheritance rules accept a subset of
    /// these; valid programs only call that subset).
    var initializerCandidates: [Function] {
        var out = initializers
        var keys = Set(initializers.map(\.signatureKey))
        var c = superclass
        while let s = c {
            for fn in s.initializers where keys.insert(fn.signatureKey).inserted { out.insert(fn, at: 0) }
            c = s.superclass
        }
        return out
    }

    /// The initializer with this signature, searched from this class up (the override a
    /// delegating `self.init` in a superclass's convenience initializer reaches).
    func initializer(matching key: String) -> Function? {
        var c: UserType? = self
        while let t = c {
            if let fn = t.initializers.first(where: { $0.signatureKey == key }) { return fn }
            c = t.superclass
        }
        return nil
    }

    /// Copies what a subclass inherits: stored properties first (so their indexes are the same
    /// in instances of both), computed properties, methods, static members and conformances.
    func inherit(from parent: UserType) {
        superclass = parent
        parent.subclasses.append(self)
        deinitQueue = parent.deinitQueue
        for p in parent.properties { addProperty(p) }
        computed = parent.computed
        methods = parent.methods
        staticMethods = parent.staticMethods
        staticComputed = parent.staticComputed
        staticBoxes = parent.staticBoxes
        subscripts = parent.subscripts
        staticSubscripts = parent.staticSubscripts
        conformances = parent.conformances
        protocols = parent.protocols
    }

    /// Adds a method, replacing one with the same signature (an `override`), and passes it on
    /// to subclasses that do not override it.
    func addMethod(_ fn: Function) {
        var list = methods[fn.name] ?? []
        list.removeAll { $0.signatureKey == fn.signatureKey }
        list.append(fn)
        methods[fn.name] = list
        for sub in subclasses where !(sub.methods[fn.name] ?? []).contains(where: { $0.signatureKey == fn.signatureKey && $0.owner === sub }) {
            sub.addMethod(fn)
        }
    }

    /// Some stored property has `willSet`/`didSet`.
    var hasObservers = false

    func addProperty(_ p: Property) {
        if p.isObserved { hasObservers = true }
        propertyIndex[p.name] = properties.count
        properties.append(p)
    }

    func caseValue(_ index: Int, payload: [Value] = []) -> Value {
        if payload.isEmpty {
            if let s = singletons[index] { return .enumCase(s) }
            let s = EnumInstance(type: self, caseIndex: index, payload: [])
            singletons[index] = s
            return .enumCase(s)
        }
        return .enumCase(EnumInstance(type: self, caseIndex: index, payload: payload))
    }

    func hasMember(_ name: String) -> Bool {
        propertyIndex[name] != nil || computed[name] != nil || methods[name] != nil
            || (kind == .enumeration && name == "rawValue" && rawType != nil)
            || requirements[name].map { !$0.isStatic } == true
            || inheritedTables.contains { $0.computed[name] != nil || $0.methods[name] != nil }
    }

    func hasStaticMember(_ name: String) -> Bool {
        staticBoxes[name] != nil || staticComputed[name] != nil || staticMethods[name] != nil
            || caseIndex[name] != nil || requirements[name]?.isStatic == true
            || (name == "allCases" && kind == .enumeration && conformances.contains("CaseIterable"))
            || inheritedTables.contains { $0.staticComputed[name] != nil || $0.staticMethods[name] != nil || $0.staticBoxes[name] != nil }
    }
}

/// What a protocol requires of a member (checked when a type declares the conformance).
struct Requirement {
    enum Kind { case method, property, initializer }
    var kind: Kind
    var isStatic: Bool
    /// `{ get set }` properties must be settable.
    var settable: Bool
    var isMutating: Bool
}

/// One requirement of an extension's `where` clause: `Element: Numeric`, `Self: Shape`,
/// `Element == Double`.
enum Constraint {
    case conforms(subject: String, protocolName: String)
    case same(subject: String, TypeSpec)
}
