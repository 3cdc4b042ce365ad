import SwiftSyntax

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

extension Compiler {
    /// A block that lets go of its own variables when it ends, as Swift does at the end of a
    /// scope, so a `deinit` runs there (only once some class has a `deinit`, and not when a
    /// closure may still read the variables through the frame).
    func releasingLocals(_ run: @escaping Exec, declaredAfter before: Set<String>, _ items: CodeBlockItemListSyntax) -> Exec {
        guard rt.deinits.enabled, !ctx.atGlobalScope else { return run }
        let slots = ctx.scopes[ctx.scopes.count - 1].filter { !before.contains($0.key) }.map(\.value.slot)
        guard !slots.isEmpty, !createsClosures(Syntax(items)) else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let flow = try run(f)
            for s in slots { f.slots[s] = .void }
            if queue.hasPending { try queue.drain(rt) }
            return flow
        }
    }

    /// A call that runs the `deinit` bodies of instances released by the time it returns (the
    /// callee's locals), before the caller goes on, once some class has a `deinit`.
    func drainingDeinits(_ run: @escaping Eval) -> Eval {
        guard rt.deinits.enabled else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let value = try run(f)
            if queue.hasPending { try queue.drain(rt) }
            return value
        }
    }

    /// A statement that runs the `deinit` bodies of instances it released, once some class has one.
    func drainingDeinits(_ run: @escaping Exec) -> Exec {
        guard rt.deinits.enabled else { return run }
        let queue = rt.deinits, rt = self.rt
        return { f in
            let flow = try run(f)
            if queue.hasPending { try queue.drain(rt) }
            return flow
        }
    }
}

extension Compiler {
    /// `deinit { … }` in a class: compiled like a method without parameters; from now on
    /// released instances of the class and its subclasses run it (see `DeinitQueue`).
    func addDeinitializer(_ d: DeinitializerDeclSyntax, to t: UserType) throws {
        let fn = Function(name: "deinit", params: [])
        fn.hasSelf = true
        fn.owner = t
        t.deinitializer = fn
        rt.deinits.enabled = true
        var classes = [t]
        while let c = classes.popLast() {
            c.deinitQueue = rt.deinits
            classes += c.subclasses
        }
        let parent = rootContext
        deferred.append { [unowned self] in try self.compileBody(fn, d.body, parent: parent, selfType: t, node: d) }
    }
}
