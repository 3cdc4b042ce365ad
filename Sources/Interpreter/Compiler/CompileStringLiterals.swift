import SwiftSyntax

/// String literals: segments, interpolation, escapes, raw and multi-line strings.
extension Compiler {
    func stringLiteral(_ s: StringLiteralExprSyntax, _ expected: TypeSpec?) throws -> Eval {
        var parts: [EvalRef] = []
        var constant = ""
        var isConstant = true
        let raw = s.openingPounds != nil
        for seg in s.segments {
            switch seg {
            case .stringSegment(let t):
                let text = raw ? t.content.text : try unescape(t.content.text, t)
                constant += text
                let v = Value.string(text)
                parts.append(EvalRef { _ in v })
            case .expressionSegment(let x):
                isConstant = false
                guard x.expressions.count == 1, let only = x.expressions.first else {
                    throw unsupported("string interpolation with several arguments", x)
                }
                let ev = try expr(only.expression)
                let rt = self.rt
                parts.append(EvalRef { f in
                    let v = try ev(f)
                    if case .string = v { return v }
                    return .string(try rt.describe(v))
                })
            }
        }
        if isConstant {
            if expected == .character || expected == .optional(.character), constant.count == 1, let c = constant.first {
                return { _ in .character(c) }
            }
            let v = Value.string(constant)
            return { _ in v }
        }
        let all = parts
        return { f in
            var out = ""
            for p in all { if case .string(let s) = try p.run(f) { out += s } }
            return .string(out)
        }
    }

    func unescape(_ text: String, _ node: some SyntaxProtocol) throws -> String {
        if !text.contains("\\") { return text }
        var out = ""
        var it = Array(text.unicodeScalars)[...]
        while let c = it.popFirst() {
            guard c == "\\" else { out.unicodeScalars.append(c); continue }
            guard let n = it.popFirst() else { break }
            switch n {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "0": out += "\0"
            case "\\": out += "\\"
            case "\"": out += "\""
            case "'": out += "'"
            case "\n": while let w = it.first, w == " " || w == "\t" { it.removeFirst() }
            case "u":
                guard it.popFirst() == "{" else { throw error("invalid escape sequence", node) }
                var hex = ""
                while let h = it.popFirst(), h != "}" { hex.unicodeScalars.append(h) }
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw error("invalid unicode scalar", node)
                }
                out.unicodeScalars.append(scalar)
            default: throw error("invalid escape sequence in literal", node)
            }
        }
        return out
    }
}
