protocol Counter {
    var count: Int { get set }
    mutating func increment()
}

struct Tally: Counter {
    var count = 0
    mutating func increment() { count += 1 }
}

var t = Tally()
t.increment()
t.increment()
t.count += 10
print(t.count)

func bumpTwice(_ c: inout Tally) {
    c.increment()
    c.increment()
}
bumpTwice(&t)
print(t.count)

// expect: 12
// expect: 14
