struct Counter { var n = 0 }
extension Counter {
    mutating func add(_ k: Int) { n += k }
}
var c = Counter()
c.add(3)
c.add(4)
print(c.n)

// expect: 7
