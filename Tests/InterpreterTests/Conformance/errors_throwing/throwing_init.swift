enum InitError: Error { case tooSmall }
struct Positive {
    var value: Int
    init(_ v: Int) throws {
        if v <= 0 { throw InitError.tooSmall }
        value = v
    }
}
let a = try? Positive(3)
let b = try? Positive(-3)
print(a?.value ?? 0, b == nil)

// expect: 3 true
