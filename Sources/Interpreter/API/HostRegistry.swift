/// The names a host makes available to notebook cells (global functions, types, values and
/// operators). Register before running cells; later registrations win.
///
/// ```swift
/// let session = Session(seed: 42)
/// let dense = session.host.defineType("Dense")
/// dense.initializer([HostParam(), .optional("activation", type: "Activation")]) { call in
///     .host(HostObject(type: dense, payload: try DenseLayer(units: call.int(0))))
/// }
/// let act = session.host.defineType("Activation")
/// act.staticValue("relu", .host(HostObject(type: act, payload: "relu")))
/// session.host.function("plot", [HostParam("_"), HostParam("title", default: .string(""))]) { call in
///     .void
/// }
/// ```
public final class HostRegistry {
    var functions: [String: [HostFunction]] = [:]
    var types: [String: HostType] = [:]
    var values: [String: Value] = [:]
    var binaryOperators: [String: [(Value, Value) throws -> Value?]] = [:]
    var prefixOperators: [String: [(Value) throws -> Value?]] = [:]

    init() {}

    /// A global function `name(…)`; overloads are chosen by argument labels and count.
    public func function(_ name: String, _ params: [HostParam] = [], _ body: @escaping HostBody) {
        functions[name, default: []].append(HostFunction(name: name, params: params, body: body))
    }

    /// A host type named `name` (created on first use; returns the existing one otherwise).
    @discardableResult
    public func defineType(_ name: String) -> HostType {
        if let t = types[name] { return t }
        let t = HostType(name: name)
        types[name] = t
        return t
    }

    public func type(named name: String) -> HostType? { types[name] }

    /// A global constant, such as a preloaded data set.
    public func value(_ name: String, _ value: Value) { values[name] = value }

    /// An infix operator on host values. The body returns nil when it does not handle the
    /// operands, so several hosts can share an operator; it is consulted whenever either
    /// operand is a host value.
    public func binaryOperator(_ op: String, _ body: @escaping (Value, Value) throws -> Value?) {
        binaryOperators[op, default: []].append(body)
    }

    /// A prefix operator (`-x`) on host values; return nil to decline.
    public func prefixOperator(_ op: String, _ body: @escaping (Value) throws -> Value?) {
        prefixOperators[op, default: []].append(body)
    }

    /// Every global function, type and value name the host registered, e.g. for a grader that
    /// forbids redeclaring them.
    public var names: Set<String> {
        Set(functions.keys).union(types.keys).union(values.keys)
    }

    func hasName(_ name: String) -> Bool {
        functions[name] != nil || types[name] != nil || values[name] != nil
    }

    /// The unique host type with a static member `name`, for implicit members without context.
    func uniqueStaticOwner(_ name: String) -> HostType? {
        let owners = types.values.filter { !$0.membersNeedContext && ($0.staticValues[name] != nil || $0.staticMethods[name] != nil) }
        return owners.count == 1 ? owners.first : nil
    }
}
