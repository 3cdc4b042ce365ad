// Void as a type value, a generic argument and a dictionary value; if let _ = … inside a function.
print(Void.self, type(of: ()), type(of: ()) == Void.self)
func f<T>(_ x: T) -> Bool { type(of: x) == Void.self }
print(f(()), f(1))
struct G<A: Hashable, B> { var b: [A: B] = [:] }
var g = G<String, Void>()
g.b["x"] = ()
print(g.b.count)
func f(_ s: String) -> Int? {
    if let _ = Int(s) {
        var d = 0
        for c in s { d += 1; _ = c }
        return d
    }
    return nil
}
print(f("12") as Any, f("x") as Any)

// expect: () () true
// expect: true false
// expect: 1
// expect: Optional(2) nil
