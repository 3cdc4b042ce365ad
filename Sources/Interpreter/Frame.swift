/// Activation records and global variable boxes.

/// The local slots of one call (or one cell's top level). Closures keep their defining frame
/// alive through `parent`, which gives capture by reference.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let count: Int
    let parent: Frame?
    /// The value of the `return` statement that ended the call.
    var ret: Value = .void

    init(count: Int, parent: Frame?) {
        self.count = count
        self.parent = parent
        slots = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .void, count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    @inline(__always) func ancestor(_ depth: Int) -> Frame {
        var f = self
        var d = depth
        while d > 0, let p = f.parent { f = p; d -= 1 }
        return f
    }
}

/// A global variable (top-level `let`/`var`, function or static member). Redeclaring a name
/// makes a new box, so code compiled earlier keeps the old binding as Swift scripts would.
final class Box {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// A parameter of a notebook function.
struct Param {
    var label: String?
    var name: String
    var type: TypeSpec?
    var defaultValue: ((Frame) throws -> Value)?
    var variadic = false
    var isInout = false
}

/// A compiled function, method, initializer or closure.
public final class Function {
    let name: String
    var params: [Param]
    var slotCount = 0
    var body: (Frame) throws -> Value = { _ in .void }
    /// The frame a closure or nested function was defined in.
    var captured: Frame?
    var returnType: TypeSpec?
    var isMutating = false
    var isStatic = false
    /// The slot holding `self` for methods (always 0 when present).
    var hasSelf = false
    var isInit = false
    /// A failable `init?`.
    var returnsOptional = false
    var owner: UserType?
    /// Host closure used when a host function is wrapped as a value.
    var native: (([Value]) throws -> Value)?

    init(name: String, params: [Param]) {
        self.name = name
        self.params = params
    }

    /// Swift's full name, such as `area(width:height:)`.
    var fullName: String {
        let base = name
        return base + "(" + params.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    func withCapture(_ frame: Frame?) -> Function {
        let f = Function(name: name, params: params)
        f.slotCount = slotCount
        f.body = body
        f.captured = frame
        f.returnType = returnType
        f.isMutating = isMutating
        f.isStatic = isStatic
        f.hasSelf = hasSelf
        f.isInit = isInit
        f.owner = owner
        f.native = native
        return f
    }
}
