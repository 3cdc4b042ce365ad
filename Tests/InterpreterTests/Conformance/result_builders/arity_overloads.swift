struct Pair<A, B> {
    let first: A
    let second: B
}

@resultBuilder
struct TupleBuilder {
    static func buildBlock(_ a: String) -> String { "one(\(a))" }
    static func buildBlock(_ a: String, _ b: String) -> String { "two(\(a), \(b))" }
    static func buildBlock(_ a: String, _ b: String, _ c: String) -> String { "three(\(a), \(b), \(c))" }
    static func buildExpression(_ n: Int) -> String { String(n) }
    static func buildExpression(_ s: String) -> String { s }
}

@TupleBuilder func one() -> String { "x" }
@TupleBuilder func two() -> String {
    "x"
    2
}
@TupleBuilder func three() -> String {
    1
    "y"
    3
}

print(one())
print(two())
print(three())
let p = Pair(first: one(), second: three())
print(p.first.count + p.second.count)

// expect: one(x)
// expect: two(x, 2)
// expect: three(1, y, 3)
// expect: 20
