enum E: Error { case bad }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw E.bad }
    return x * 2
}
print(try? check(4))
print(try? check(-1))
let v = (try? check(5)) ?? 0
print(v)

// expect: Optional(8)
// expect: nil
// expect: 10
