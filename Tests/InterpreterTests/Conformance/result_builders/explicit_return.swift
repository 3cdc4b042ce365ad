@resultBuilder
struct Concat {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "+") }
}

@Concat func built() -> String {
    "a"
    "b"
}

@Concat func plain(_ x: Int) -> String {
    let s = "x=\(x)"
    return s
}

func apply(@Concat _ f: () -> String) -> String { f() }

print(built())
print(plain(4))
print(apply { "p"; "q" })
print(apply { return "direct" })
print(apply { "single" })

// expect: a+b
// expect: x=4
// expect: p+q
// expect: direct
// expect: single
