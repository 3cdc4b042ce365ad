// @autoclosure parameters: the argument is evaluated only when (and each time) the callee calls it.
var evaluations = 0
func costly(_ n: Int) -> Int { evaluations += 1; return n * n }
func whenEnabled(_ enabled: Bool, _ value: @autoclosure () -> Int) -> Int? { enabled ? value() : nil }
print(whenEnabled(false, costly(4)) as Any, evaluations)
print(whenEnabled(true, costly(4)) as Any, evaluations)
func twice(_ f: @autoclosure () -> Int) -> Int { f() + f() }
print(twice(costly(3)), evaluations)
struct Logger {
    var lines: [String] = []
    mutating func debug(_ message: @autoclosure () -> String, if on: Bool) {
        if on { lines.append(message()) }
    }
}
var log = Logger()
log.debug("first \(costly(2))", if: true)
log.debug("second \(costly(5))", if: false)
print(log.lines, evaluations)
extension Int { var isEven: Bool { self % 2 == 0 } }
print((1...6).filter(\.isEven), [3, 4].map(\.isEven))

// expect: nil 0
// expect: Optional(16) 1
// expect: 18 3
// expect: ["first 4"] 4
// expect: [2, 4, 6] [false, true]
