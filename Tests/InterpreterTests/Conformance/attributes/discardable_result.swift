@discardableResult
func save(_ s: String) -> Bool {
    print("saved", s)
    return true
}
save("a")
let ok = save("b")
print(ok)
struct Log {
    var lines: [String] = []
    @discardableResult
    mutating func add(_ l: String) -> Int {
        lines.append(l)
        return lines.count
    }
}
var log = Log()
log.add("x")
print(log.add("y"))

// expect: saved a
// expect: saved b
// expect: true
// expect: 2
