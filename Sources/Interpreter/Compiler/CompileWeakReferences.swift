import SwiftSyntax

/// A reference that does not keep its class instance alive (`weak var`, `unowned let`, and
/// `[weak self]` captures): reads give the instance while something else holds it, then nil.
final class WeakReference {
    weak var target: Instance?
    init(_ target: Instance?) { self.target = target }

    nonisolated(unsafe) static let hostType = HostType(name: "weak reference")

    /// The stored form of `value`: an object is held weakly, anything else (nil) as it is.
    static func store(_ value: Value) -> Value {
        switch value {
        case .object(let i), .some(.object(let i)): return .host(HostObject(type: hostType, payload: WeakReference(i)))
        default: return value
        }
    }

    /// What the stored form reads as: the object while it lives, else nil.
    static func load(_ stored: Value, optional: Bool) -> Value {
        guard case .host(let h) = stored, let ref = h.payload as? WeakReference else { return stored }
        guard let target = ref.target else { return .none }
        return optional ? .some(.object(target)) : .object(target)
    }
}

extension Compiler {
    /// `weak var delegate: Owner?` / `unowned let owner: Owner`: a stored property holding a
    /// `WeakReference`, read and written through accessors of the declared name.
    func addWeakProperty(_ v: VariableDeclSyntax, to t: UserType) throws -> Bool {
        let isWeak = v.modifiers.contains { $0.name.tokenKind == .keyword(.weak) }
        let isUnowned = v.modifiers.contains { $0.name.tokenKind == .keyword(.unowned) }
        guard isWeak || isUnowned else { return false }
        for b in v.bindings {
            guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported("this property pattern", b) }
            let name = id.identifier.text
            let declared = sharedAnnotation(b, in: v.bindings).map { typeSpec($0.type) }
            let storage = "$__weak_storage_$_" + name
            let initial = try b.initializer.map { try expr($0.value, declared) }
            t.addProperty(UserType.Property(name: storage, type: nil, mutable: true,
                                            initial: { f in WeakReference.store(try initial?(f) ?? .none) }))
            let rt = self.rt, l = loc(id), cache = MemberCache()
            let optional = isWeak || declared?.isOptional == true
            let get = Function(name: name, params: [])
            get.hasSelf = true
            get.owner = t
            get.returnType = declared
            get.slotCount = 1
            get.body = { frame in WeakReference.load(try rt.getMember(frame.slots[0], storage, cache, at: l), optional: optional) }
            let set = storageSetter(name, storage, declared, t, cache, l, stored: WeakReference.store)
            t.computed[name] = UserType.Computed(get: get, set: set)
        }
        return true
    }
}

/// A closure's capture list: its names' scope, their values, and whether it holds `self` weakly.
struct CaptureList {
    let context: FunctionContext
    let values: [EvalRef]
    let weakSelf: Bool
}

extension Compiler {
    /// A closure with `[weak self]` or `[unowned self]` in a class's method: it captures a copy of
    /// the method's frame whose `self` is a `WeakReference`, so it does not keep the instance
    /// alive; while the closure runs, `self` is the instance again (or nil once it is gone).
    /// (Variables of the method the closure changes later are not seen through the copy.)
    func weakSelfClosure(_ template: Function, _ captures: CaptureList) -> Eval {
        let inner = template.body
        template.body = { frame in
            guard let selfFrame = frame.parent?.parent else { return try inner(frame) }
            let stored = selfFrame.slots[0]
            selfFrame.slots[0] = WeakReference.load(stored, optional: false)
            defer { selfFrame.slots[0] = stored }
            return try inner(frame)
        }
        let values = captures.values
        let count = captures.context.slotCount
        return { f in
            let n = f.header.count
            let copy = Frame.make(count: n, parent: f.parent)
            for i in 0..<n { copy.slots[i] = f.slots[i] }
            copy.slots[0] = WeakReference.store(f.slots[0])
            let held = Frame.make(count: count, parent: copy)
            for (i, v) in values.enumerated() { held.slots[i] = try v.run(f) }
            return .function(template.withCapture(held))
        }
    }
}
