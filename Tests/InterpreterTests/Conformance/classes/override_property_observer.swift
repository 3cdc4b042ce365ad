class Base {
    var level = 1
    func raise() { level += 1 }
}
class Watched: Base {
    override var level: Int {
        willSet { print("level will be \(newValue)") }
        didSet { print("level \(oldValue) -> \(level)") }
    }
}
let w = Watched()
w.level = 5
w.raise()
let b = Base()
b.raise()
print(w.level, b.level)

// expect: level will be 5
// expect: level 1 -> 5
// expect: level will be 6
// expect: level 5 -> 6
// expect: 6 2
