enum E: Error { case nope }
func maybe(_ x: Int) throws -> Int? {
    if x == 0 { throw E.nope }
    return x > 0 ? x : nil
}
print(try? maybe(2))
print(try? maybe(-2))
print(try? maybe(0))

// expect: Optional(2)
// expect: nil
// expect: nil
