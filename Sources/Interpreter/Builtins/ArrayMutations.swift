/// Array mutations that share their names with String's (`insert(contentsOf:at:)`,
/// `removeSubrange`, `replaceSubrange(_:with:)`) and `partition(by:)`.
extension Runtime {
    /// nil when `v` is not an array (the general method then reports the missing member).
    func arrayMutation(_ key: String, _ v: inout Value, _ a: [Value], at l: Loc) throws -> Value? {
        guard case .array(var items) = v else { return nil }
        v = .void
        defer { v = .array(items) }
        switch key {
        case "insert(contentsOf:at:)":
            let i = try a[1].toInt()
            guard i >= 0, i <= items.count else { throw RunError(.runtime, "Fatal error: Array index is out of range", at: l) }
            items.insert(contentsOf: try sequence(a[0], at: l), at: i)
        case "removeSubrange(_:)":
            guard case .range(let r) = a[0] else { return nil }
            let (lo, hi) = try sliceBounds(r, count: items.count, at: l)
            items.removeSubrange(lo..<hi)
        case "replaceSubrange(_:with:)":
            guard case .range(let r) = a[0] else { return nil }
            let (lo, hi) = try sliceBounds(r, count: items.count, at: l)
            items.replaceSubrange(lo..<hi, with: try sequence(a[1], at: l))
        case "partition(by:)":
            // Swift's algorithm, so the order inside each part is the one swiftc prints.
            var failure: Error?
            let pivot = items.partition { x in
                do { return try truth(call(a[0], [x]), at: l) } catch { failure = failure ?? error; return false }
            }
            if let failure { throw failure }
            return .int(pivot)
        default: return nil
        }
        return .void
    }
}
