// debugPrint and collections use debugDescription (CustomDebugStringConvertible); print falls back to it.
class Node: CustomStringConvertible, CustomDebugStringConvertible {
    var v = 1
    var description: String { "N\(v)" }
    var debugDescription: String { "Node(v: \(v))" }
}
let n = Node()
print(n); debugPrint(n); print([n]); debugPrint([n])
print("abc".debugDescription, [1, 2].debugDescription, (3.5).debugDescription, Optional(2).debugDescription)
print(String(reflecting: n), String(describing: n), String(reflecting: "q"))
struct P: CustomDebugStringConvertible { var debugDescription: String { "P!" } }
print(P()); debugPrint(P()); print([P()])
var d: [String: Void] = ["a": ()]
print(d["a"] != nil)
func g() -> Void { }
let t: Void = g()
print(t)

// expect: N1
// expect: Node(v: 1)
// expect: [Node(v: 1)]
// expect: [Node(v: 1)]
// expect: "abc" [1, 2] 3.5 Optional(2)
// expect: Node(v: 1) N1 "q"
// expect: P!
// expect: P!
// expect: [P!]
// expect: true
// expect: ()
