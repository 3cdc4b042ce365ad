// Lazy properties with willSet/didSet, in a class and in a struct: a write before the first
// read computes the initial value for oldValue; observers see self.
func startingLevel() -> Int {
    print("computing the starting level")
    return 3
}

final class Meter {
    var label = "meter"
    lazy var level: Int = startingLevel() {
        willSet { print("\(label) willSet level to \(newValue)") }
        didSet { print("\(label) didSet level from \(oldValue) to \(level)") }
    }
}

let m = Meter()
m.level = 5
print(m.level)
m.level += 1
print(m.level)

struct Tally {
    var writes = 0
    lazy var total: Int = 10 {
        didSet { writes += 1; print("total \(oldValue) -> \(total)") }
    }
}

var t = Tally()
print(t.total)
t.total = 20
t.total *= 2
print(t.total, t.writes)

// expect: computing the starting level
// expect: meter willSet level to 5
// expect: meter didSet level from 3 to 5
// expect: 5
// expect: meter willSet level to 6
// expect: meter didSet level from 5 to 6
// expect: 6
// expect: 10
// expect: total 10 -> 20
// expect: total 20 -> 40
// expect: 40 2
