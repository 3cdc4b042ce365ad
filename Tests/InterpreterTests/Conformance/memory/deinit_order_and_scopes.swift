class Tracker {
    static var alive = 0
    let label: String
    init(_ label: String) { self.label = label; Tracker.alive += 1; print("+\(label)") }
    deinit { Tracker.alive -= 1; print("-\(label) (alive \(Tracker.alive))") }
}
class Special: Tracker {
    deinit { print("special cleanup for \(label)") }
}
for i in 1...3 {
    let t = Tracker("loop\(i)")
    print("using \(t.label)")
}
var list = [Tracker("a"), Tracker("b"), Special("c")]
list.remove(at: 1)
print("removed b")
list.removeAll()
print("emptied")
func scoped() -> String {
    let inner = Tracker("inner")
    return inner.label.uppercased()
}
print(scoped())
var shared: Tracker? = Tracker("shared")
var alias = shared
shared = nil
print("one reference left")
alias = nil
print("alive at end:", Tracker.alive)
var table: [String: Tracker] = ["k": Tracker("valued")]
table["k"] = nil
print("done")

// expect: +loop1
// expect: using loop1
// expect: -loop1 (alive 0)
// expect: +loop2
// expect: using loop2
// expect: -loop2 (alive 0)
// expect: +loop3
// expect: using loop3
// expect: -loop3 (alive 0)
// expect: +a
// expect: +b
// expect: +c
// expect: -b (alive 2)
// expect: removed b
// expect: -a (alive 1)
// expect: special cleanup for c
// expect: -c (alive 0)
// expect: emptied
// expect: +inner
// expect: -inner (alive 0)
// expect: INNER
// expect: +shared
// expect: one reference left
// expect: -shared (alive 0)
// expect: alive at end: 0
// expect: +valued
// expect: -valued (alive 0)
// expect: done
