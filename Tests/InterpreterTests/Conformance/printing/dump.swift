// dump(_:): Mirror-style trees of structs, classes (#ids), enums, optionals, collections, tuples, ranges.
struct P { var x = 1; var name = "a" }
struct Q: CustomStringConvertible { var y = 2.5; var description: String { "Q!" } }
class C { var v = [1]; var p: P? = P() }
enum E { case a, b(Int), c(x: Int, y: String) }
dump(P()); dump(Q()); dump([1, 2]); dump([Int]()); dump(Optional(3)); dump(Optional<Int>.none)
dump(["k": 1]); dump((1, "a")); dump((x: 1, y: 2)); dump(C()); dump(C())
dump(E.a); dump(E.b(5)); dump(E.c(x: 1, y: "s")); dump("str"); dump(3.5); dump(true); dump(Set([7]))
dump([P(), P(x: 2, name: "b")]); dump(1...3); dump(0..<2); dump(Character("z"))
let r = dump([1]) ; print(r)

// expect: ▿ main.P
// expect:   - x: 1
// expect:   - name: "a"
// expect: ▿ Q!
// expect:   - y: 2.5
// expect: ▿ 2 elements
// expect:   - 1
// expect:   - 2
// expect: - 0 elements
// expect: ▿ Optional(3)
// expect:   - some: 3
// expect: - nil
// expect: ▿ 1 key/value pair
// expect:   ▿ (2 elements)
// expect:     - key: "k"
// expect:     - value: 1
// expect: ▿ (2 elements)
// expect:   - .0: 1
// expect:   - .1: "a"
// expect: ▿ (2 elements)
// expect:   - x: 1
// expect:   - y: 2
// expect: ▿ main.C #0
// expect:   ▿ v: 1 element
// expect:     - 1
// expect:   ▿ p: Optional(main.P(x: 1, name: "a"))
// expect:     ▿ some: main.P
// expect:       - x: 1
// expect:       - name: "a"
// expect: ▿ main.C #0
// expect:   ▿ v: 1 element
// expect:     - 1
// expect:   ▿ p: Optional(main.P(x: 1, name: "a"))
// expect:     ▿ some: main.P
// expect:       - x: 1
// expect:       - name: "a"
// expect: - main.E.a
// expect: ▿ main.E.b
// expect:   - b: 5
// expect: ▿ main.E.c
// expect:   ▿ c: (2 elements)
// expect:     - x: 1
// expect:     - y: "s"
// expect: - "str"
// expect: - 3.5
// expect: - true
// expect: ▿ 1 member
// expect:   - 7
// expect: ▿ 2 elements
// expect:   ▿ main.P
// expect:     - x: 1
// expect:     - name: "a"
// expect:   ▿ main.P
// expect:     - x: 2
// expect:     - name: "b"
// expect: ▿ ClosedRange(1...3)
// expect:   - lowerBound: 1
// expect:   - upperBound: 3
// expect: ▿ Range(0..<2)
// expect:   - lowerBound: 0
// expect:   - upperBound: 2
// expect: - "z"
// expect: ▿ 1 element
// expect:   - 1
// expect: [1]
