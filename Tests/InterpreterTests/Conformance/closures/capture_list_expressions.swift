func makeAdders() -> [() -> Int] {
    var base = 10
    var fs: [() -> Int] = []
    fs.append { [base] in base + 1 }
    fs.append { [doubled = base * 2, base] in doubled + base }
    fs.append { base + 3 }
    base = 100
    return fs
}
print(makeAdders().map { $0() })

struct Point { var x = 1 }
var p = Point()
let snap = { [p] in print("snapshot", p.x) }
let live = { print("live", p.x) }
p.x = 5
snap()
live()

class Counter {
    var n = 0
    func makeReader() -> () -> Int { { [self] in self.n } }
}
let c = Counter()
let read = c.makeReader()
c.n = 7
print(read())

// expect: [11, 30, 103]
// expect: snapshot 1
// expect: live 5
// expect: 7
