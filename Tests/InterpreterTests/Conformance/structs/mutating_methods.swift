struct Counter {
    var count = 0
    mutating func increment() {
        count += 1
    }
    mutating func reset() {
        self = Counter()
    }
}
var c = Counter()
c.increment()
c.increment()
print(c.count)
c.reset()
print(c.count)

// expect: 2
// expect: 0
