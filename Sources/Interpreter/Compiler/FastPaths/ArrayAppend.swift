/// `xs.append(x)` on an array held in a variable or stored property: the element is appended
/// in place without building an argument array for the builtin method.
extension MutatingCallSite {
    /// `.void` once appended, or nil when the receiver is not an array (a string, a notebook
    /// type with its own `append`): then `vals` holds the evaluated argument for the general path.
    func appendInPlace(_ f: Frame, _ elementType: TypeSpec?, _ l: Loc, _ vals: inout [Value]) throws -> Value? {
        var x = try arg0.get(f)
        var done = false
        let rt = self.rt
        try access(f) { slot in
            guard case .array(var arr) = slot else { return }
            done = true
            slot = .void
            defer { slot = .array(arr) }
            if arr.count & 1023 == 1023 { try rt.checkSize(count: arr.count + 1) }
            if let elementType { x = rt.coerce(x, to: elementType) }
            arr.append(x)
        }
        if done { return .void }
        vals = [x]
        return nil
    }
}
