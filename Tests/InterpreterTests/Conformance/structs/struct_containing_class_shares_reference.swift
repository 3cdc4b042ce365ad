class Log { var lines: [String] = [] }
struct Service {
    var name: String
    var log: Log
}
let shared = Log()
var a = Service(name: "a", log: shared)
var b = a
b.name = "b"
b.log.lines.append("from b")
print(a.name, a.log.lines)
print(b.name, b.log.lines)

// expect: a ["from b"]
// expect: b ["from b"]
