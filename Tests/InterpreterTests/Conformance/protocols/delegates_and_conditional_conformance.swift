// Class-only delegate protocols with weak references, compositions as parameters, conditional conformance of Array, class var overrides.
protocol DiceGameDelegate: AnyObject { func gameDidStart(_ name: String) }
class Tracker: DiceGameDelegate {
    var log: [String] = []
    func gameDidStart(_ name: String) { log.append("started \(name)") }
}
class Game {
    weak var delegate: DiceGameDelegate?
    func play() { delegate?.gameDidStart("snakes") }
}
let t = Tracker()
let g = Game()
g.delegate = t
g.play()
print(t.log)
protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
struct Person: Named, Aged { var name: String; var age: Int }
func wish(_ c: Named & Aged) { print("Happy \(c.age), \(c.name)") }
wish(Person(name: "Ann", age: 30))
protocol TextRepresentable { var textual: String { get } }
extension Int: TextRepresentable { var textual: String { "#\(self)" } }
extension Array: TextRepresentable where Element: TextRepresentable {
    var textual: String { "[" + map { $0.textual }.joined(separator: ", ") + "]" }
}
print([1, 2].textual)
let things: [TextRepresentable] = [3, [4, 5]]
for th in things { print(th.textual) }
extension Collection where Element: Equatable {
    func allEqual() -> Bool { for e in self where e != first { return false }; return true }
}
print([1, 1].allEqual(), [1, 2].allEqual())
class Shape { var sides: Int { 0 }; class var kind: String { "shape" } }
class Tri: Shape { override var sides: Int { 3 }; override class var kind: String { "tri" } }
print(Tri().sides, Tri.kind, Shape.kind)

// expect: ["started snakes"]
// expect: Happy 30, Ann
// expect: [#1, #2]
// expect: #3
// expect: [#4, #5]
// expect: true false
// expect: 3 tri shape
