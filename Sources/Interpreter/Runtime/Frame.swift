/// Activation records and global variable boxes.

/// The header of a frame: slot count, the defining frame of a closure, the return value.
struct FrameHeader {
    var count: Int
    var parent: Frame?
    var ret: Value
    /// The next spare frame of the same function (see `Function.takeFrame`); the list owns
    /// one reference to each frame, managed by hand to save reference counting per call.
    var nextSpare: Unmanaged<Frame>?
    /// `parent`'s slots (this frame's own when it has no parent), and `parent` without
    /// reference counting: captured variables are read through these, where going through
    /// `parent` retained and released the defining frame on every access. Both stay valid
    /// as long as this frame, which keeps `parent` alive.
    var parentSlots: UnsafeMutablePointer<Value>
    var parentRef: Unmanaged<Frame>?
}

/// The local slots of one call (or one cell's top level), allocated in one block with its
/// header. Closures keep their defining frame alive through `parent`, which gives capture by
/// reference.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// A new frame with `count` slots set to `.void`.
    @inline(__always) static func make(count: Int, parent: Frame?) -> Frame {
        let n = Swift.max(count, 1)
        let buffer = Frame.create(minimumCapacity: n) { b in
            FrameHeader(count: n, parent: parent, ret: .void, nextSpare: nil,
                        parentSlots: parent?.slots ?? b.withUnsafeMutablePointerToElements { $0 },
                        parentRef: parent.map { Unmanaged.passUnretained($0) })
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: n) }
        return frame
    }

    deinit {
        _ = withUnsafeMutablePointers { h, e in e.deinitialize(count: h.pointee.count) }
    }

    @inline(__always) var slots: UnsafeMutablePointer<Value> { withUnsafeMutablePointerToElements { $0 } }
    @inline(__always) var parent: Frame? { header.parent }
    @inline(__always) var ret: Value {
        get { header.ret }
        set { header.ret = newValue }
    }

    /// Clears the slots for reuse by the next call of the same function.
    @inline(__always) func reset() {
        withUnsafeMutablePointers { h, e in
            for i in 0..<h.pointee.count { e[i] = .void }
            h.pointee.ret = .void
        }
    }

    @inline(__always) func ancestor(_ depth: Int) -> Frame {
        var f = self
        var d = depth
        while d > 0, let p = f.parent { f = p; d -= 1 }
        return f
    }

    /// `ancestor(depth).slots` without retaining and releasing the frames on the way.
    @inline(__always) func ancestorSlots(_ depth: Int) -> UnsafeMutablePointer<Value> {
        if depth == 0 { return slots }
        guard var u = header.parentRef else { return slots }
        var d = depth - 1
        while d > 0, let p = u._withUnsafeGuaranteedRef({ $0.header.parentRef }) { u = p; d -= 1 }
        return u._withUnsafeGuaranteedRef { $0.slots }
    }
}

/// A global variable (top-level `let`/`var`, function or static member). Redeclaring a name
/// makes a new box, so code compiled earlier keeps the old binding as Swift scripts would.
final class Box {
    /// The value lives in its own heap cell so compiled code can read and update it in place
    /// through a pointer, as it does frame slots (see `Place`).
    let cell: UnsafeMutablePointer<Value>

    init(_ value: Value) {
        cell = .allocate(capacity: 1)
        cell.initialize(to: value)
    }

    deinit {
        cell.deinitialize(count: 1)
        cell.deallocate()
    }

    var value: Value {
        @inline(__always) _read { yield cell.pointee }
        @inline(__always) _modify { yield &cell.pointee }
    }
}

/// A parameter of a notebook function.
struct Param {
    var label: String?
    var name: String
    var type: TypeSpec?
    var defaultValue: ((Frame) throws -> Value)?
    var variadic = false
    var isInout = false
    /// `@autoclosure`: the argument expression is passed unevaluated, as a closure.
    var autoclosure = false
}

extension Param {
    /// The parameter with generic parameters replaced by their bound types.
    func substituting(_ bindings: [String: TypeSpec]) -> Param {
        guard !bindings.isEmpty, let t = type else { return self }
        var p = self
        p.type = t.substituting(bindings)
        return p
    }
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
    /// Generic parameters (`func largest<T>`), in scope while the body is compiled.
    var genericParams: [String] = []
    /// Host closure used when a host function is wrapped as a value.
    var native: (([Value]) throws -> Value)?
    /// The members a key path value goes through (see CompileKeyPaths.swift).
    var keyPathSteps: [KeyPathStep]?
    /// Parameter types to coerce arguments to (nil where no coercion is ever needed).
    lazy var argTypes: [TypeSpec?] = params.map { p in
        switch p.type {
        case nil, .int?, .bool?, .string?, .any?, .function?, .signature?, .metatype?, .character?, .named?, .generic?, .applied?: return nil
        default: return p.type
        }
    }

    /// How the first two arguments are adapted (see `ArgCoercions`), for `Runtime.call1`/
    /// `call2`, which `map`/`filter`/`sorted(by:)`… run once per element: two trivial stored
    /// values, where reading `argTypes` (a lazy array of indirect enums) retained and released
    /// the array and the element's box per call.
    private(set) var kind0: ArgCoercions.Kind = .keep
    private(set) var kind1: ArgCoercions.Kind = .keep
    private var kindsReady = false

    @inline(__always) func prepareKinds() {
        if kindsReady { return }
        let kinds = ArgCoercions(argTypes).kinds
        if kinds.count > 0 { kind0 = kinds[0] }
        if kinds.count > 1 { kind1 = kinds[1] }
        kindsReady = true
    }

    /// Frames of finished calls kept for the next call (linked through `nextSpare`): most calls
    /// create no closure, so their frame is free again when they return.
    /// False when the body creates no closure or nested function, so nothing can keep a
    /// call's frame after it returns (its frame is recycled without a uniqueness check).
    var framesEscape = true
    private var spare: Unmanaged<Frame>?
    private var spareCount = 0

    /// A frame for a new call: a recycled one (all slots `.void`) or a new one.
    @inline(__always) func takeFrame() -> Frame {
        if let u = spare {
            let f = u.takeRetainedValue()
            spare = f.header.nextSpare
            f.header.nextSpare = nil
            spareCount -= 1
            return f
        }
        return Frame.make(count: slotCount, parent: captured)
    }

    /// Returns a finished call's frame for reuse unless something (a closure, a returned
    /// frame) still refers to it.
    @inline(__always) func recycle(_ frame: inout Frame) {
        guard spareCount < 64, !framesEscape || isKnownUniquelyReferenced(&frame) else { return }
        frame.reset()
        frame.header.nextSpare = spare
        spare = Unmanaged.passRetained(frame)
        spareCount += 1
    }

    /// `takeFrame` without reference counting: the caller owns one reference and must give it
    /// back with `recycle(unmanaged:)` or `release()`.
    @inline(__always) func takeUnmanagedFrame() -> Unmanaged<Frame> {
        if let u = spare {
            u._withUnsafeGuaranteedRef { f in
                spare = f.header.nextSpare
                f.header.nextSpare = nil
            }
            spareCount -= 1
            return u
        }
        return Unmanaged.passRetained(Frame.make(count: slotCount, parent: captured))
    }

    /// `recycle` for a frame from `takeUnmanagedFrame` (consumes the caller's reference).
    @inline(__always) func recycle(unmanaged u: Unmanaged<Frame>) {
        if framesEscape || spareCount >= 64 {
            var f = u.takeRetainedValue()
            recycle(&f)
            return
        }
        u._withUnsafeGuaranteedRef { f in
            f.reset()
            f.header.nextSpare = spare
        }
        spare = u
        spareCount += 1
    }

    deinit {
        while let u = spare {
            spare = u.takeUnretainedValue().header.nextSpare
            u.release()
        }
    }

    init(name: String, params: [Param]) {
        self.name = name
        self.params = params
    }

    /// Swift's full name, such as `area(width:height:)`.
    var fullName: String {
        let base = name
        return base + "(" + params.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// Labels and parameter types: overloads by type (`f(_: Int)`, `f(_: Double)`) differ here.
    var signatureKey: String {
        fullName + params.map { $0.type?.description ?? "_" }.joined(separator: ",")
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
        f.framesEscape = framesEscape
        return f
    }
}
