@resultBuilder
struct Both {
    static func buildBlock(_ xs: String...) -> String { "block(\(xs.joined(separator: ",")))" }
    static func buildPartialBlock(first: String) -> String { "first(\(first))" }
    static func buildPartialBlock(accumulated: String, next: String) -> String { "acc(\(accumulated),\(next))" }
    static func buildEither(first: String) -> String { "L" + first }
    static func buildEither(second: String) -> String { "R" + second }
}
@Both func f(_ b: Bool) -> String {
    "a"
    "b"
    if b { "c" } else { "d"; "e" }
}
@Both func g() -> String { "only" }
print(f(true), f(false), g())

// expect: acc(acc(first(a),b),Lfirst(c)) acc(acc(first(a),b),Racc(first(d),e)) first(only)
