/// Class instances whose last reference went away, waiting for their `deinit` bodies.
///
/// Swift runs a `deinit` the moment the last reference goes. The interpreter's own code may be
/// in the middle of writing a variable or an array at that moment, so running notebook code
/// there could touch storage that is being modified; the instance's stored properties are
/// moved here instead and the bodies run at the end of the statement that released it (which
/// is where a Swift program's output shows them too).
final class DeinitQueue {
    struct Pending {
        let type: UserType
        let fields: [Value]
        let typeArgs: [TypeSpec]?
    }

    private(set) var items: [Pending] = []
    /// Some class of this session declares a `deinit`: statements compiled from now on drain.
    var enabled = false
    private var draining = false

    var hasPending: Bool { !items.isEmpty }

    func enqueue(_ pending: Pending) { items.append(pending) }

    /// Runs the pending `deinit` bodies, subclass first, then each superclass's (as Swift does),
    /// including those of instances released by the bodies themselves.
    func drain(_ rt: Runtime) throws {
        guard !draining else { return }
        draining = true
        defer { draining = false }
        while !items.isEmpty {
            let next = items.removeFirst()
            let revived = Instance.make(type: next.type, fields: next.fields, typeArgs: next.typeArgs)
            revived.header.deinitialized = true
            var t: UserType? = next.type
            while let c = t {
                if let body = c.deinitializer { _ = try rt.invoke(body, [], self: .object(revived)) }
                t = c.superclass
            }
        }
    }
}
