/// Non-mutating methods of structs and classes called with their arguments as they are: the
/// receiver and the arguments go straight into the method's (recycled) frame, with no argument
/// array and no per-call lookup (`p.plus(q)`, `v.scaled(k)`, `account.balance()`).
extension MutatingCallSite {
    /// The method's result, or nil when the receiver is not of the cached type: then `vals`
    /// holds the evaluated arguments and `receiverValue` the receiver, for the general path.
    func callDirect(_ f: Frame, _ r: ResolvedMethod, _ receiver: Eval, _ vals: inout [Value],
                    _ receiverValue: inout Value) throws -> Value? {
        let fn = r.fn
        var frame = fn.takeFrame()
        for i in 0..<args.count {
            // A fresh or recycled frame holds `.void` here: nothing to release.
            (frame.slots + 1 + i).initialize(to: r.coercions.apply(i, try args[i].get(f), rt))
        }
        let recv = try receiver(f)
        guard recv.userType === r.type else {
            vals = (0..<args.count).map { frame.slots[1 + $0] }
            receiverValue = recv
            fn.recycle(&frame)
            return nil
        }
        frame.slots[0] = recv
        do {
            try rt.pushDepth()
            defer { rt.depth -= 1 }
            let result = try fn.body(frame)
            fn.recycle(&frame)
            return result
        } catch let e as RunError {
            e.callTrace.lines.append(trace)
            throw e
        }
    }
}
