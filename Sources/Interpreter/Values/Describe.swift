/// Swift's `print` and `debugPrint` text for values (`Optional(3)`, `[1, 2]`, `Point(x: 1.0, y: 2.0)`,
/// `main.Dog`), including user `description` properties (CustomStringConvertible).
extension Runtime {
    func describe(_ v: Value, debug: Bool = false) throws -> String {
        var out = ""
        try describe(v, debug: debug, into: &out)
        return out
    }

    func describe(_ v: Value, debug: Bool, into out: inout String) throws {
        switch v {
        case .void: out += "()"
        case .int(let x): out += String(x)
        case .fixed(let f): out += f.description
        case .stringIndex(let i): out += String(describing: i)
        case .substring(let s): out += debug ? s.debugDescription : String(s)
        case .charSet: out += "CharacterSet"
        case .double(let x): out += x.description
        case .float(let x): out += x.description
        case .bool(let x): out += x ? "true" : "false"
        case .string(let s): out += debug ? s.debugDescription : s
        case .character(let c): out += debug ? c.debugDescription : String(c)
        case .array(let items): try describeList(items, into: &out)
        case .set(let s):
            if debug { out += "Set(" }
            try describeList(s.items, into: &out)
            if debug { out += ")" }
        case .dictionary(let d):
            if d.count == 0 { out += "[:]"; return }
            out += "["
            for i in 0..<d.count {
                if i > 0 { out += ", " }
                try describe(d.keys[i], debug: true, into: &out)
                out += ": "
                try describe(d.values[i], debug: true, into: &out)
            }
            out += "]"
        case .tuple(let t):
            out += "("
            for (i, x) in t.values.enumerated() {
                if i > 0 { out += ", " }
                if let l = t.labels[i] { out += l + ": " }
                try describe(x, debug: true, into: &out)
            }
            out += ")"
        case .none: out += "nil"
        case .some(let w):
            out += "Optional("
            try describe(w, debug: true, into: &out)
            out += ")"
        case .range(let r):
            if debug { out += r.closed ? "ClosedRange(" : "Range(" }
            defer { if debug { out += ")" } }
            try describe(r.lower, debug: true, into: &out)
            out += r.closed ? "..." : "..<"
            try describe(r.upper, debug: true, into: &out)
        case .structure(let inst):
            if let custom = try customDescription(v, type: inst.type, debug: debug) { out += custom; return }
            out += typeName(of: inst, debug: debug) + "("
            for (i, p) in inst.type.properties.enumerated() {
                if i > 0 { out += ", " }
                out += p.name + ": "
                try describe(inst.fields[i], debug: true, into: &out)
            }
            out += ")"
        case .object(let inst):
            if let custom = try customDescription(v, type: inst.type, debug: debug) { out += custom; return }
            out += typeName(of: inst, debug: true)
        case .enumCase(let e):
            if let custom = try customDescription(v, type: e.type, debug: debug) { out += custom; return }
            if debug { out += e.type.qualifiedName + "." }
            let c = e.type.cases[e.caseIndex]
            out += c.name
            if !e.payload.isEmpty {
                out += "("
                for (i, x) in e.payload.enumerated() {
                    if i > 0 { out += ", " }
                    if i < c.labels.count, let l = c.labels[i] { out += l + ": " }
                    try describe(x, debug: true, into: &out)
                }
                out += ")"
            }
        case .function: out += "(Function)"
        case .host(let h):
            if debug, let hook = h.type.debugDescribeHook { out += hook(h) }
            else if let hook = h.type.describeHook { out += hook(h) }
            else { out += h.type.name }
        case .type(let t): out += t.name
        }
    }

    private func describeList(_ items: [Value], into out: inout String) throws {
        out += "["
        for (i, x) in items.enumerated() {
            if i > 0 { out += ", " }
            try describe(x, debug: true, into: &out)
        }
        out += "]"
    }

    /// A type's own `description` (CustomStringConvertible) or, for debugPrint, inside
    /// collections and where no description is declared, its `debugDescription`.
    private func customDescription(_ v: Value, type: UserType, debug: Bool) throws -> String? {
        let registry = session.registry
        func text(_ name: String, _ proto: String) throws -> String? {
            guard registry.conforms(type, to: proto), let getter = registry.computed(type, name, for: v)?.get,
                  case .string(let s) = try invoke(getter, [], self: v) else { return nil }
            return s
        }
        if debug, let s = try text("debugDescription", "CustomDebugStringConvertible") { return s }
        if let s = try text("description", "CustomStringConvertible") { return s }
        return debug ? nil : try text("debugDescription", "CustomDebugStringConvertible")
    }
}
