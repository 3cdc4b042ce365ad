/// The host interface: types and functions the embedding program (the engine bindings)
/// registers so notebook cells can call them. See docs/language.md, "Host interface".

/// A value owned by the host (a tensor, a model, a layer…). `payload` is whatever the host
/// stores; the interpreter never looks inside.
public final class HostObject {
    public let type: HostType
    public var payload: Any

    public init(type: HostType, payload: Any) {
        self.type = type
        self.payload = payload
    }

    /// The payload cast to `T`, or a host error naming the expected type.
    public func payload<T>(as _: T.Type) throws -> T {
        guard let p = payload as? T else { throw HostError("expected a \(type.name)") }
        return p
    }
}

/// One parameter of a host function, initializer, method or subscript.
public struct HostParam {
    /// The argument label; nil (or "_") for an unlabeled argument.
    public var label: String?
    /// The registered host type of the parameter, used to resolve implicit members such as
    /// `.relu` or `[.accuracy]` (element type of an array parameter).
    public var type: String?
    /// The default value; nil makes the argument required.
    public var defaultValue: Value?
    /// Collects any number of unlabeled arguments into an array.
    public var variadic: Bool

    public init(_ label: String? = nil, type: String? = nil, default defaultValue: Value? = nil,
                variadic: Bool = false) {
        self.label = label == "_" ? nil : label
        self.type = type
        self.defaultValue = defaultValue
        self.variadic = variadic
    }

    /// A parameter that defaults to `nil` (write this rather than `default: .none`, which Swift
    /// reads as "no default").
    public static func optional(_ label: String?, type: String? = nil) -> HostParam {
        HostParam(label, type: type, default: Value.none)
    }
}

/// The arguments of one host call, in parameter order with defaults filled in.
public struct HostCall {
    public let arguments: [Value]
    /// The receiver of a method, property or subscript call.
    public let receiver: Value?
    public unowned let session: Session

    public subscript(_ i: Int) -> Value { i < arguments.count ? arguments[i] : .void }
    public var count: Int { arguments.count }

    public func int(_ i: Int) throws -> Int { try self[i].toInt() }
    public func double(_ i: Int) throws -> Double { try self[i].toDouble() }
    public func float(_ i: Int) throws -> Float { try Float(self[i].toDouble()) }
    public func bool(_ i: Int) throws -> Bool { try self[i].toBool() }
    public func string(_ i: Int) throws -> String { try self[i].toStringValue() }
    /// The receiver as a host object of any type.
    public func this() throws -> HostObject {
        guard case .host(let h)? = receiver else { throw HostError("missing receiver") }
        return h
    }
    /// An optional argument: nil when it is `nil` (or absent).
    public func optional(_ i: Int) -> Value? {
        switch self[i] {
        case .none, .void: return nil
        case .some(let v): return v
        default: return self[i]
        }
    }
}

/// A host function body.
public typealias HostBody = (HostCall) throws -> Value

/// A callable overload registered by the host.
public struct HostFunction {
    public var name: String
    public var params: [HostParam]
    public var body: HostBody

    public init(name: String, params: [HostParam], body: @escaping HostBody) {
        self.name = name
        self.params = params
        self.body = body
    }
}

/// A host type: initializers, methods, properties, static members, subscripts, operators and
/// how its values print.
public final class HostType {
    public let name: String
    var initializers: [HostFunction] = []
    var methods: [String: [HostFunction]] = [:]
    var getters: [String: (HostObject) throws -> Value] = [:]
    var setters: [String: (HostObject, Value) throws -> Void] = [:]
    var staticValues: [String: Value] = [:]
    var staticMethods: [String: [HostFunction]] = [:]
    var subscriptGet: HostFunction?
    var subscriptSet: ((HostObject, [Value], Value) throws -> Void)?
    var describeHook: ((HostObject) -> String)?
    var debugDescribeHook: ((HostObject) -> String)?
    var tupleHook: ((HostObject) -> TupleBox)?
    var equalsHook: ((HostObject, HostObject) -> Bool)?
    /// Its values never change after they are made (tensors, data splits): dependency analysis
    /// treats a method call on one as a read, not a possible mutation.
    public var hasValueSemantics = false
    /// Methods that leave the receiver as it was (`predict`, `summary`): calls read, not mutate.
    public var readOnlyMethods: Set<String> = []
    /// Methods whose result shares no state with the receiver (a new tensor, a number, a value
    /// type): `model.predict(x).argmax(axis: 1)` then reads `model` and changes nothing of it.
    /// Not for methods returning parts of the receiver (`getLayer`).
    public var valueResultMethods: Set<String> = []
    /// Whether a call of `method` leaves this object as it was, judged on the object as it is
    /// now (a built layer's `layer(x)`); consulted after `readOnlyMethods`.
    public var leavesUnchanged: ((HostObject, String) -> Bool)?

    /// Its static members are found only where this type is expected (`options: .caseInsensitive`),
    /// never as a bare `.member` without context, where a standard type's member of that name wins.
    public var membersNeedContext = false

    public init(name: String) { self.name = name }

    /// `Name(label: …)`.
    public func initializer(_ params: [HostParam] = [], _ body: @escaping HostBody) {
        initializers.append(HostFunction(name: name, params: params, body: body))
    }
    /// `value.name(…)`; the receiver is `call.receiver`.
    public func method(_ name: String, _ params: [HostParam] = [], _ body: @escaping HostBody) {
        methods[name, default: []].append(HostFunction(name: name, params: params, body: body))
    }
    /// `value.name` (and `value.name = x` when `set` is given).
    public func property(_ name: String, get: @escaping (HostObject) throws -> Value,
                         set: ((HostObject, Value) throws -> Void)? = nil) {
        getters[name] = get
        if let set { setters[name] = set }
    }
    /// `Name.member` and the implicit member `.member` where this type is expected.
    public func staticValue(_ name: String, _ value: Value) { staticValues[name] = value }
    /// `Name.member(…)` and the implicit member `.member(…)` where this type is expected.
    public func staticMethod(_ name: String, _ params: [HostParam] = [], _ body: @escaping HostBody) {
        staticMethods[name, default: []].append(HostFunction(name: name, params: params, body: body))
    }
    /// `value[…]`; arguments may be Int, Range values (`images[0..<3000]`) or anything else.
    public func subscriptGetter(_ params: [HostParam] = [HostParam()], _ body: @escaping HostBody) {
        subscriptGet = HostFunction(name: "subscript", params: params, body: body)
    }
    /// `value[…] = x`.
    public func subscriptSetter(_ body: @escaping (HostObject, [Value], Value) throws -> Void) {
        subscriptSet = body
    }
    /// How `print` shows the value (default `main.Name`-style `Name`).
    public func describe(_ hook: @escaping (HostObject) -> String) { describeHook = hook }
    /// How the value shows inside collections and as a displayed value (default: `describe`).
    public func debugDescribe(_ hook: @escaping (HostObject) -> String) { debugDescribeHook = hook }
    /// Lets the value destructure as a tuple (`let (x, y) = data`) and answer `.label`/`.0`.
    public func actsAsTuple(_ hook: @escaping (HostObject) -> TupleBox) { tupleHook = hook }
    /// Equality for `==` (default identity).
    public func equality(_ hook: @escaping (HostObject, HostObject) -> Bool) { equalsHook = hook }

    func equals(_ a: HostObject, _ b: HostObject) -> Bool {
        if let h = equalsHook { return h(a, b) }
        return a === b
    }
}
