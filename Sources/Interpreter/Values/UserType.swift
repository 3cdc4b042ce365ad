/// Notebook-defined structs, classes and enums.
public final class UserType {
    public enum Kind { case structure, classType, enumeration }

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

        var isObserved: Bool { willSetObserver != nil || didSetObserver != nil }
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
    var methods: [String: [Function]] = [:]
    var staticBoxes: [String: Box] = [:]
    var staticComputed: [String: Computed] = [:]
    var staticMethods: [String: [Function]] = [:]
    var initializers: [Function] = []
    /// `subscript` declarations (see CompileSubscripts.swift).
    var subscripts: [UserSubscript] = []
    var staticSubscripts: [UserSubscript] = []
    var cases: [EnumCase] = []
    var caseIndex: [String: Int] = [:]
    var rawType: TypeSpec?
    var conformances: Set<String> = []
    /// False once the type's own body declares an `init` (extensions keep the memberwise one).
    var memberwiseAvailable = true
    /// Shared instances of payload-free enum cases.
    var singletons: [Int: EnumInstance] = [:]

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The superclass of a class that inherits from a notebook class.
    var superclass: UserType?
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

    /// Copies what a subclass inherits: stored properties first (so their indexes are the same
    /// in instances of both), computed properties, methods, static members and conformances.
    func inherit(from parent: UserType) {
        superclass = parent
        parent.subclasses.append(self)
        for p in parent.properties { addProperty(p) }
        computed = parent.computed
        methods = parent.methods
        staticMethods = parent.staticMethods
        staticComputed = parent.staticComputed
        staticBoxes = parent.staticBoxes
        subscripts = parent.subscripts
        staticSubscripts = parent.staticSubscripts
        conformances = parent.conformances
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
    }

    func hasStaticMember(_ name: String) -> Bool {
        staticBoxes[name] != nil || staticComputed[name] != nil || staticMethods[name] != nil
            || caseIndex[name] != nil
    }
}
