@resultBuilder
struct Parts {
    static func buildBlock(_ parts: [String]...) -> [String] { parts.flatMap { $0 } }
    static func buildExpression(_ s: String) -> [String] { [s] }
    static func buildOptional(_ p: [String]?) -> [String] { p ?? [] }
    static func buildEither(first p: [String]) -> [String] { p }
    static func buildEither(second p: [String]) -> [String] { p }
    static func buildLimitedAvailability(_ p: [String]) -> [String] { p.map { "(\($0))" } }
}

@Parts func features(_ extra: Bool) -> [String] {
    "base"
    if #available(macOS 10.15, *) {
        "modern"
    }
    if extra {
        "extra"
    } else {
        "plain"
    }
}

print(features(true))
print(features(false))

// expect: ["base", "(modern)", "extra"]
// expect: ["base", "(modern)", "plain"]
