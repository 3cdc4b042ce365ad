struct Counter: CustomStringConvertible {
    var value = 0
    static func += (lhs: inout Counter, rhs: Int) { lhs.value += rhs }
    static func -= (lhs: inout Counter, rhs: Int) { lhs.value -= rhs }
    var description: String { "Counter(\(value))" }
}
var c = Counter()
c += 5
c += 10
c -= 3
print(c)
var list = [Counter(), Counter()]
list[1] += 7
print(list)
var n = 1
n += 2
print(n)

// expect: Counter(12)
// expect: [Counter(0), Counter(7)]
// expect: 3
