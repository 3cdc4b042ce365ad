// A type, a function and a variable from the first cell are used and changed by the next ones.
struct Counter {
    var count = 0
    mutating func bump(by n: Int = 1) { count += n }
}

func describe(_ c: Counter) -> String { "count = \(c.count)" }

var counter = Counter()
counter.bump()
print(describe(counter))
// cell
counter.bump(by: 4)
print(describe(counter))
let total = counter.count * 10
// cell
print("total:", total)

// expect: count = 1
// expect: count = 5
// expect: total: 50
