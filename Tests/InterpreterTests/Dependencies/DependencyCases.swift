/// Dependency-analysis cases as data. Each `== name` case lists its cells (`--- cell`), the
/// expected `defines / reads / mutates` of each (`--- expect`, cells numbered from 1), and edits:
/// `--- edit N` (cell N's code changed; new code may follow) with the expected `rerun …` set or
/// `full run`. `--- values a b` names globals known to hold no references; `--- readonly m.f`
/// methods known not to change their receiver; `--- fresh m.f` methods whose result shares
/// nothing with their receiver. The live session is the one a full run left.
let dependencyCases = #"""
== a global named like a method
--- values xs map
--- cell
let xs = [1, 2, 3]
--- cell
let map = xs.count
--- cell
print(xs.map { $0 * 2 }, xs.count)
--- expect
1: defines xs; reads ; mutates
2: defines map; reads xs; mutates
3: defines ; reads xs; mutates
--- edit 3
rerun 3
--- edit 2
rerun 2

== functions capturing globals
--- cell
var count = 0
--- cell
func bump() { count += 1 }
--- cell
bump()
print(count)
--- expect
1: defines count; reads ; mutates
2: defines bump; reads count; mutates
3: defines ; reads bump count; mutates count
--- edit 1
rerun 1 2 3
--- edit 2
rerun 1 2 3
--- edit 3
rerun 1 2 3

== types with methods
--- cell
struct Counter {
    var n = 0
    mutating func inc() { n += 1 }
}
--- cell
var c = Counter()
--- cell
c.inc()
--- cell
print(c.n)
--- expect
1: defines Counter; reads ; mutates
2: defines c; reads Counter; mutates
3: defines ; reads c; mutates c
4: defines ; reads c; mutates
--- edit 4
rerun 4
--- edit 3
rerun 2 3 4
--- edit 1
rerun 1 2 3 4

== extensions of standard and cell types
--- cell
extension Int {
    func doubled() -> Int { self * 2 }
}
--- cell
let x = 21
--- cell
print(x.doubled())
--- cell
struct P { var v = 1 }
--- cell
extension P {
    func twice() -> Int { v * 2 }
}
--- cell
print(P().twice())
--- values x
--- expect
1: defines doubled; reads ; mutates
2: defines x; reads ; mutates
3: defines ; reads doubled x; mutates
4: defines P; reads ; mutates
5: defines twice; reads P; mutates P
6: defines ; reads P twice; mutates
--- edit 1
rerun 1 3
--- edit 2
rerun 2 3
--- edit 3
rerun 3
--- edit 5
rerun 4 5 6
--- edit 6
rerun 6

== shadowing across cells
--- cell
let x = 1
--- cell
print(x)
--- cell
let x = 2
--- cell
print(x)
--- expect
1: defines x; reads ; mutates
2: defines ; reads x; mutates
3: defines x; reads ; mutates
4: defines ; reads x; mutates
--- edit 4
rerun 4
--- edit 2
rerun 1 2 3 4
--- edit 3
rerun 3 4

== shadowing a name with itself
--- cell
let x = 1
--- cell
let y = x + 1
--- cell
let x = x * 10
--- cell
print(x, y)
--- values x y
--- expect
1: defines x; reads ; mutates
2: defines y; reads x; mutates
3: defines x; reads x; mutates
4: defines ; reads x y; mutates
--- edit 4
rerun 4
--- edit 3
rerun 1 2 3 4

== mutation through methods of a class
--- cell
class Acc {
    var total = 0
    func add(_ v: Int) { total += v }
}
--- cell
let acc = Acc()
--- cell
acc.add(5)
--- cell
print(acc.total)
--- expect
1: defines Acc; reads ; mutates
2: defines acc; reads Acc; mutates
3: defines ; reads acc; mutates acc
4: defines ; reads acc; mutates
--- edit 4
rerun 4
--- edit 3
rerun 2 3 4
--- edit 2
rerun 2 3 4

== mutation through a function given a reference
--- cell
class Box { var items: [Int] = [] }
--- cell
let box = Box()
--- cell
func fill(_ b: Box) { b.items.append(1) }
--- cell
fill(box)
--- cell
print(box.items)
--- expect
1: defines Box; reads ; mutates
2: defines box; reads Box; mutates
3: defines fill; reads Box; mutates
4: defines ; reads Box box fill; mutates box
5: defines ; reads box; mutates
--- edit 5
rerun 5
--- edit 4
rerun 2 4 5

== inout
--- cell
var xs = [3, 1, 2]
--- cell
func sortInPlace(_ a: inout [Int]) { a.sort() }
--- cell
sortInPlace(&xs)
--- cell
print(xs)
--- expect
1: defines xs; reads ; mutates
2: defines sortInPlace; reads ; mutates
3: defines ; reads sortInPlace xs; mutates xs
4: defines ; reads xs; mutates
--- edit 4
rerun 4
--- edit 3
rerun 1 3 4
--- edit 2
rerun 1 2 3 4

== closures stored in arrays
--- cell
var handlers: [() -> Int] = []
--- cell
var k = 10
--- cell
handlers.append { k * 2 }
--- cell
print(handlers[0]())
--- cell
var hits = 0
--- cell
handlers.append {
    hits += 1
    return hits
}
--- cell
print(handlers[1]())
--- values k hits
--- expect
1: defines handlers; reads ; mutates
2: defines k; reads ; mutates
3: defines ; reads handlers k; mutates handlers
4: defines ; reads handlers k; mutates handlers
5: defines hits; reads ; mutates
6: defines ; reads handlers hits k; mutates handlers hits
7: defines ; reads handlers hits k; mutates handlers hits
--- edit 2
rerun 1 2 3 4 5 6 7
--- edit 4
rerun 1 3 4 5 6 7
--- edit 7
rerun 1 3 4 5 6 7

== reads through types
--- cell
let scale = 3
--- cell
struct Scaler {
    func apply(_ v: Int) -> Int { v * scale }
}
--- cell
print(Scaler().apply(2))
--- values scale
--- expect
1: defines scale; reads ; mutates
2: defines Scaler; reads scale; mutates
3: defines ; reads Scaler scale; mutates
--- edit 1
rerun 1 2 3
--- edit 3
rerun 3

== method calls on plain values
--- cell
let xs = [1, 2, 3]
--- cell
print(xs.map { $0 * 2 })
--- values xs
--- expect
1: defines xs; reads ; mutates
2: defines ; reads xs; mutates
--- edit 2
rerun 2

== method calls on unknown values are changes
--- cell
let xs = [1, 2, 3]
--- cell
print(xs.map { $0 * 2 })
--- expect
1: defines xs; reads ; mutates
2: defines ; reads xs; mutates xs
--- edit 2
rerun 1 2

== a model trained in place
--- cell
let model = makeModel()
--- cell
model.compile()
--- cell
let history = model.fit(x)
--- cell
plot(history)
--- cell
let p = model.predict(x)
--- values history p
--- readonly model.predict
--- expect
1: defines model; reads ; mutates
2: defines ; reads model; mutates model
3: defines history; reads model; mutates model
4: defines ; reads history; mutates
5: defines p; reads model; mutates
--- edit 4
rerun 4
--- edit 5
rerun 5
--- edit 3
rerun 1 2 3 4 5
--- edit 2
rerun 1 2 3 4 5

== a name that is gone forces a full run
--- cell
let a = 1
--- cell
print(a)
--- expect
1: defines a; reads ; mutates
2: defines ; reads a; mutates
--- edit 1
let b = 1
full run
--- edit 2
print(a + 1)
rerun 2

== a cell using the extension members it declares
--- cell
struct N { var w = 0.0 }
--- cell
extension N {
    mutating func learn(_ x: Double) -> Double {
        w += x
        return w
    }
}
var n = N()
var total = 0.0
for _ in 0..<3 {
    let w = 1.0
    total += n.learn(w)
}
print(total)
--- cell
print(n.learn(1), total)
--- expect
1: defines N; reads ; mutates
2: defines learn n total; reads N; mutates N
3: defines ; reads learn n total; mutates n
--- edit 2
rerun 1 2 3
--- edit 3
rerun 1 2 3

== a result builder, a function taking builder closures, and a closure built with it
--- cell
@resultBuilder
struct Lines {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "/") }
}
--- cell
func page(@Lines _ make: () -> String) -> String { make() }
--- cell
print(page { "a"; "b" })
--- expect
1: defines Lines; reads ; mutates
2: defines page; reads Lines; mutates
3: defines ; reads Lines page; mutates
--- edit 1
rerun 1 2 3
--- edit 3
rerun 3

== chained calls on a model's results read the model
--- cell
let model = makeModel()
--- cell
model.compile()
--- cell
var history = model.fit(x)
--- cell
let labels = model.predict(x).argmax(axis: 1)
--- cell
print(model(x).scalars.map { $0 * 2 })
--- cell
print(history.values("loss").map { $0 * 2 })
--- cell
func show(_ t: Tensor) { print(t) }
--- cell
show(model.predict(x).argmax(axis: 1))
--- values labels history
--- readonly model.predict model.callAsFunction history.values
--- fresh model.predict model.callAsFunction model.fit history.values
--- expect
1: defines model; reads ; mutates
2: defines ; reads model; mutates model
3: defines history; reads model; mutates model
4: defines labels; reads model; mutates
5: defines ; reads model; mutates
6: defines ; reads history; mutates
7: defines show; reads ; mutates
8: defines ; reads model show; mutates
--- edit 4
rerun 4
--- edit 5
rerun 5
--- edit 6
rerun 6
--- edit 8
rerun 8
--- edit 3
rerun 1 2 3 4 5 6 8
--- edit 2
rerun 1 2 3 4 5 6 8

== chained calls that may share the receiver's state stay changes
--- cell
let model = makeModel()
--- cell
extension Sequential {
    func predict(_ x: Tensor) -> Sequential { self }
}
--- cell
model.getLayer(index: 0).setWeights(w)
--- cell
print(model.weightsCopy().sorted())
--- cell
model.layers.first!.setWeights(w)
--- cell
print(model.predict(x).argmax(axis: 1))
--- readonly model.getLayer model.weightsCopy model.predict
--- fresh model.predict
--- expect
1: defines model; reads ; mutates
2: defines predict; reads ; mutates
3: defines ; reads model; mutates model
4: defines ; reads model; mutates model
5: defines ; reads model; mutates model
6: defines ; reads model predict; mutates model
--- edit 4
rerun 1 3 4 5 6
--- edit 6
rerun 1 3 4 5 6

== a value called as a function may change
--- cell
class Acc {
    var total = 0
    func callAsFunction(_ v: Int) { total += v }
}
--- cell
let acc = Acc()
--- cell
acc(5)
--- cell
print(acc.total)
--- cell
func makeCounter() -> () -> Int {
    var n = 0
    return {
        n += 1
        return n
    }
}
--- cell
let next = makeCounter()
--- cell
print(next())
--- cell
print(next())
--- cell
print(Acc().total, makeCounter()())
--- expect
1: defines Acc; reads ; mutates
2: defines acc; reads Acc; mutates
3: defines ; reads acc; mutates acc
4: defines ; reads acc; mutates
5: defines makeCounter; reads ; mutates
6: defines next; reads makeCounter; mutates
7: defines ; reads next; mutates next
8: defines ; reads next; mutates next
9: defines ; reads Acc makeCounter; mutates
--- edit 4
rerun 4
--- edit 3
rerun 2 3 4
--- edit 8
rerun 6 7 8
--- edit 9
rerun 9

== static state changed through a type's stored instance
--- cell
class Registry {
    static let shared = Registry()
    var names: [String] = []
    func add(_ n: String) { names.append(n) }
}
--- cell
Registry.shared.add("a")
--- cell
print(Registry.shared.names)
--- expect
1: defines Registry; reads ; mutates
2: defines ; reads Registry; mutates Registry
3: defines ; reads Registry; mutates
--- edit 3
rerun 3
--- edit 2
rerun 1 2 3

== #if blocks define what their active clause declares
--- cell
#if os(Linux)
func greet() -> String { "hi" }
let base = 1
#else
func greet() -> String { "other" }
let unused = 2
#endif
--- cell
print(greet(), base)
--- expect
1: defines base greet; reads ; mutates
2: defines ; reads base greet; mutates
--- edit 1
rerun 1 2
--- edit 2
rerun 2
"""#
