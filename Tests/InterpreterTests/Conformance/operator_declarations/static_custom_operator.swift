infix operator <*> : MultiplicationPrecedence
struct Vec {
    var x: Int, y: Int
    static func <*> (a: Vec, b: Vec) -> Int { a.x * b.x + a.y * b.y }
}
let u = Vec(x: 1, y: 2), v = Vec(x: 3, y: 4)
print(u <*> v)
print(u <*> v + 1)

// expect: 11
// expect: 12
