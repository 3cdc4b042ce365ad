// record: skip
struct P { var x: Double; var name: String }
enum E { case a, b(Int) }
class C {}
print(P(x: 1, name: "n"), [P(x: 2, name: "m")], E.a, [E.b(2)], C(), Optional(E.a))
print([1: "x"], [String: Int](), Set<Int>(), (1, label: "t"), 1e-05, 0.1, 1e16)
// expect: P(x: 1.0, name: "n") [main.P(x: 2.0, name: "m")] a [main.E.b(2)] main.C Optional(main.E.a)
// expect: [1: "x"] [:] [] (1, label: "t") 1e-05 0.1 1e+16
