struct Counter {
    var value = 0
    mutating func add(_ k: Int) { value += k }
}
func addTwice(_ c: inout Counter) {
    c.add(1)
    c.add(1)
}
var c = Counter()
addTwice(&c)
print(c.value)

// expect: 2
