// Atbash cipher: mirror the alphabet (a<->z), keep digits, drop the rest, group in fives.
enum Atbash {
    private static let letters = Array("abcdefghijklmnopqrstuvwxyz")

    private static func transform(_ text: String) -> [Character] {
        text.lowercased().compactMap { ch -> Character? in
            if let i = letters.firstIndex(of: ch) { return letters[letters.count - 1 - i] }
            return ch.isNumber ? ch : nil
        }
    }

    static func encode(_ plain: String) -> String {
        let chars = transform(plain)
        return stride(from: 0, to: chars.count, by: 5)
            .map { String(chars[$0..<min($0 + 5, chars.count)]) }
            .joined(separator: " ")
    }

    static func decode(_ cipher: String) -> String { String(transform(cipher)) }
}
// cell
for text in ["yes", "no", "OMG", "O M G", "mindblowingly", "Testing,1 2 3, testing.", "Truth is fiction.",
             "The quick brown fox jumps over the lazy dog."] {
    print("\(text) -> \(Atbash.encode(text))")
}
for text in ["vcvix rhn", "zmlyh gzxov rhlug vmzhg vkkrm thglm v", "gvhgr mt123 gvhgr mt", "gsvjf rxpyi ldmul cqfnk hlevi gsvoz abwlt"] {
    print("\(text) -> \(Atbash.decode(text))")
}

// expect: yes -> bvh
// expect: no -> ml
// expect: OMG -> lnt
// expect: O M G -> lnt
// expect: mindblowingly -> nrmwy oldrm tob
// expect: Testing,1 2 3, testing. -> gvhgr mt123 gvhgr mt
// expect: Truth is fiction. -> gifgs rhurx grlm
// expect: The quick brown fox jumps over the lazy dog. -> gsvjf rxpyi ldmul cqfnk hlevi gsvoz abwlt
// expect: vcvix rhn -> exercism
// expect: zmlyh gzxov rhlug vmzhg vkkrm thglm v -> anobstacleisoftenasteppingstone
// expect: gvhgr mt123 gvhgr mt -> testing123testing
// expect: gsvjf rxpyi ldmul cqfnk hlevi gsvoz abwlt -> thequickbrownfoxjumpsoverthelazydog
