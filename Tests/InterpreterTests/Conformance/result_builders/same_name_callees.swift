@resultBuilder
struct Joiner {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "&") }
    static func buildFinalResult(_ s: String) -> String { s + "!" }
}

// A free function with a builder parameter, and methods of the same name without one.
func wrap(@Joiner _ make: () -> String) -> String { "[" + make() + "]" }

struct Wrapper {
    func wrap(_ make: () -> String) -> String { "(" + make() + ")" }
    func inside() -> String { wrap { "self" } }
}

final class Panel {
    func fill(@Joiner _ make: () -> String) -> String { "<" + make() + ">" }
}
func fill(_ make: () -> String) -> String { "{" + make() + "}" }

print(wrap { "a"; "b" })
print(Wrapper().wrap { "only" })
print(Wrapper().inside())
print(Panel().fill { "x"; "y" })
print(fill { "plain" })

// expect: [a&b!]
// expect: (only)
// expect: (self)
// expect: <x&y!>
// expect: {plain}
