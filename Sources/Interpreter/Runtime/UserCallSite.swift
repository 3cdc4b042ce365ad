/// A call of a notebook function with plain (non-inout) arguments. The call's state lives in
/// one object so the closure that runs it captures a single reference (a closure capturing many
/// values pays for unpacking them on every call).
final class UserCallSite {
    let fn: Function
    let rt: Runtime
    /// The only argument of a one-parameter call (the common case).
    let arg0: Operand
    let args: [Operand]
    /// Parameter types to coerce to; nil where the value is taken as it is.
    let types: [TypeSpec?]
    let loc: Loc
    let trace: String
    let coercions: ArgCoercions
    /// The first argument's coercion, for `callOne` (no array read per call).
    let kind0: ArgCoercions.Kind

    init(fn: Function, rt: Runtime, args: [Operand], types: [TypeSpec?], loc: Loc, trace: String) {
        self.fn = fn
        self.rt = rt
        self.arg0 = args.first ?? .constant(.void)
        self.args = args
        self.types = types.map { t in
            switch t {
            case nil, .int?, .bool?, .string?, .any?, .function?, .signature?, .metatype?, .character?, .named?, .generic?, .applied?: return nil
            default: return t
            }
        }
        self.loc = loc
        self.trace = trace
        self.coercions = ArgCoercions(self.types)
        self.kind0 = coercions.kinds.first ?? .keep
    }

    func callOne(_ f: Frame) throws -> Value {
        var arg = try arg0.get(f)
        if kind0 != .keep { arg = coercions.apply(0, arg, rt) }
        let u = fn.takeUnmanagedFrame()
        // A fresh or recycled frame holds `.void` here: nothing to release.
        u._withUnsafeGuaranteedRef { $0.slots.initialize(to: arg) }
        return try run(u)
    }

    func call(_ f: Frame) throws -> Value {
        // Unmanaged, as in `callOne`: the frame's retain and release per call saved.
        let u = fn.takeUnmanagedFrame()
        let slots = u._withUnsafeGuaranteedRef { $0.slots }
        do {
            for i in 0..<args.count {
                // A fresh or recycled frame holds `.void` here: nothing to release.
                (slots + i).initialize(to: coercions.apply(i, try args[i].get(f), rt))
            }
        } catch {
            u.release()
            throw error
        }
        return try run(u)
    }

    /// Runs the body in the frame `u` (whose reference it consumes).
    @inline(__always) private func run(_ u: Unmanaged<Frame>) throws -> Value {
        do { try rt.pushDepth() } catch var e as RunError {
            u.release()
            e.loc = loc
            throw e
        }
        defer { rt.depth -= 1 }
        do {
            let result = try u._withUnsafeGuaranteedRef { try fn.body($0) }
            fn.recycle(unmanaged: u)
            return result
        } catch var e as RunError {
            u.release()
            if !e.loc.isKnown { e.loc = loc }
            e.callTrace.lines.append(trace)
            throw e
        } catch {
            u.release()
            throw error
        }
    }
}
