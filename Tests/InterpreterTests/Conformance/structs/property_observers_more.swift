struct Counter {
    var count: Int = 0 {
        willSet(next) { print("count will become \(next) (now \(count))") }
        didSet(previous) {
            if count > 10 {
                print("clamped \(count) to 10")
                count = 10
            }
            print("count was \(previous), is \(count)")
        }
    }
    var log: [String] = [] {
        didSet { print("log has \(log.count) entries") }
    }
    init(start: Int) {
        count = start
        log = ["start"]
    }
    mutating func bump(by n: Int) {
        count += n
    }
}
var c = Counter(start: 3)
print(c.count, c.log)
c.bump(by: 2)
c.count = 42
c.log.append("done")
var copy = c
copy.count = 1
print(c.count, copy.count)

class Account {
    var balance = 0.0 {
        didSet { history.append(balance - oldValue) }
    }
    var history: [Double] = []
    func deposit(_ x: Double) { balance += x }
}
let a = Account()
a.deposit(5)
a.deposit(2.5)
a.balance = 1
print(a.balance, a.history)

// expect: 3 ["start"]
// expect: count will become 5 (now 3)
// expect: count was 3, is 5
// expect: count will become 42 (now 5)
// expect: clamped 42 to 10
// expect: count was 5, is 10
// expect: log has 2 entries
// expect: count will become 1 (now 10)
// expect: count was 10, is 1
// expect: 10 1
// expect: 1.0 [5.0, 2.5, -6.5]
