/// `dump(_:)`: the value's tree as Swift's Mirror-based dump prints it (`▿ main.Point`,
/// `  - x: 1.0`, `▿ 2 elements`), returning the value.
extension Runtime {
    func dump(_ v: Value) throws -> Value {
        var out = ""
        var ids: [ObjectIdentifier: Int] = [:]
        try dumpNode(v, label: nil, indent: 0, into: &out, ids: &ids)
        write(out)
        return v
    }

    private func dumpNode(_ v: Value, label: String?, indent: Int, into out: inout String, ids: inout [ObjectIdentifier: Int]) throws {
        let (header, children) = try dumpParts(v, ids: &ids)
        out += String(repeating: " ", count: indent) + (children.isEmpty ? "- " : "▿ ")
        if let label { out += label + ": " }
        out += header + "\n"
        for (l, c) in children { try dumpNode(c, label: l, indent: indent + 2, into: &out, ids: &ids) }
    }

    /// The line a value prints and its labelled children.
    private func dumpParts(_ v: Value, ids: inout [ObjectIdentifier: Int]) throws -> (String, [(String?, Value)]) {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        switch v {
        case .array(let items): return (count(items.count, "element"), items.map { (nil, $0) })
        case .set(let s): return (count(s.items.count, "member"), s.items.map { (nil, $0) })
        case .dictionary(let d):
            let pairs = (0..<d.count).map { i -> (String?, Value) in (nil, .tuple(TupleBox([d.keys[i], d.values[i]], labels: ["key", "value"]))) }
            return (count(d.count, "key/value pair"), pairs)
        case .tuple(let t):
            return ("(\(t.values.count) elements)", t.values.enumerated().map { i, x in (t.labels[i] ?? ".\(i)", x) })
        case .some(let w): return (try describe(v, debug: true), [("some", w)])
        case .none: return ("nil", [])
        case .range(let r): return (try describe(v, debug: true), [("lowerBound", r.lower), ("upperBound", r.upper)])
        case .structure(let inst), .object(let inst):
            var header = try describeCustom(v) ?? typeName(of: inst, debug: true)
            if case .object = v {
                let id = ObjectIdentifier(inst)
                let n = ids[id] ?? ids.count
                ids[id] = n
                header += " #\(n)"
            }
            let fields = zip(inst.type.properties, inst.fields).filter { !$0.0.name.hasPrefix("$") }.map { (Optional($0.0.name), $0.1) }
            return (header, fields)
        case .enumCase(let e):
            let c = e.type.cases[e.caseIndex]
            let header = try describeCustom(v) ?? e.type.qualifiedName + "." + c.name
            if e.payload.isEmpty { return (header, []) }
            if e.payload.count == 1, c.labels.first ?? nil == nil { return (header, [(c.name, e.payload[0])]) }
            let labels = e.payload.indices.map { i in i < c.labels.count ? c.labels[i] : nil }
            return (header, [(c.name, .tuple(TupleBox(e.payload, labels: labels)))])
        default: return (try describe(v, debug: true), [])
        }
    }

    /// A type's own `description` (or `debugDescription`), as dump's header line uses it.
    private func describeCustom(_ v: Value) throws -> String? {
        guard let t = v.userType else { return nil }
        let registry = session.registry
        guard registry.conforms(t, to: "CustomStringConvertible") || registry.conforms(t, to: "CustomDebugStringConvertible") else { return nil }
        return try describe(v)
    }
}
