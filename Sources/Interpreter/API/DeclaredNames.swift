import SwiftParser
import SwiftSyntax

extension Session {
    /// The names a cell declares at its top level (functions, variables, types), read from its
    /// syntax without compiling it: a runner uses them to say where a missing name came from.
    public static func topLevelNames(in text: String) -> [String] {
        // The same guard as `parse`: some bracket runs make the parser's lookahead exponential.
        if ParseGuard.excessiveBracketRun(in: text) != nil { return [] }
        let tree = ConditionalCompilation.parse(text)
        var out: [String] = []
        func patternNames(_ p: PatternSyntax) {
            if let id = p.as(IdentifierPatternSyntax.self) { out.append(id.identifier.text) }
            if let t = p.as(TuplePatternSyntax.self) { for e in t.elements { patternNames(e.pattern) } }
        }
        for item in tree.statements {
            guard case .decl(let d) = item.item else { continue }
            if let v = d.as(VariableDeclSyntax.self) {
                for b in v.bindings { patternNames(b.pattern) }
            } else if let named = d.asProtocol(NamedDeclSyntax.self) {
                out.append(named.name.text)
            }
        }
        return out
    }
}
