import SwiftSyntax

extension Compiler {
    /// `case "+":` with a plain string literal: the literal as a String and as a Character is
    /// made once, so matching a Character compares two Characters instead of counting the
    /// literal's characters on every test. Other values compare with `==` as before.
    func textLiteralMatcher(_ e: ExprSyntax) -> Matcher? {
        guard let lit = e.as(StringLiteralExprSyntax.self), lit.openingPounds == nil,
              lit.openingQuote.tokenKind == .stringQuote, lit.segments.count == 1,
              let seg = lit.segments.first?.as(StringSegmentSyntax.self),
              !seg.content.text.contains("\\") else { return nil }
        let s = seg.content.text
        let pattern = Value.string(s)
        let c: Character? = s.count == 1 ? s.first : nil
        let rt = self.rt
        return { _, v in
            switch v {
            case .character(let x): return c == x
            case .string(let y): return y == s
            default: return rt.patternMatches(pattern, v)
            }
        }
    }
}
