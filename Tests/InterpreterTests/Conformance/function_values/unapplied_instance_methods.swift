// Unapplied instance methods: Type.method is curried (Type.method(x)(args)), and an instance
// method named in a static context is the same curried value (XCTest's allTests tables).
final class Greeter {
    var name = "x"
    func hello() { print("hello \(name)") }
    func add(_ a: Int, _ b: Int) -> Int { a + b }
    static var all: [(String, (Greeter) -> () -> Void)] {
        return [("hello", hello)]
    }
}
let f = Greeter.hello
let g = Greeter()
f(g)()
print(Greeter.add(g)(2, 3))
for (n, m) in Greeter.all { print(n); m(g)() }
struct P { var x: Int; func scaled(_ k: Int) -> Int { x * k } }
let s = P.scaled
print(s(P(x: 4))(3))
print([P(x: 1), P(x: 2)].map(P.scaled).map { $0(10) })

// expect: hello x
// expect: 5
// expect: hello
// expect: hello x
// expect: 12
// expect: [10, 20]
