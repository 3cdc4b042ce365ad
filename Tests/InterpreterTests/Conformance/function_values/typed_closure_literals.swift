// Closures take the parameter and result types written in the function type they are built for.
let f: (Double, Double) -> Double = { $0 * $1 }
print(f(2, 3))
func apply(_ g: (Double) -> Double, to x: Double) -> Double { g(x) }
print(apply({ x in x / 2 }, to: 3))
func twice(_ g: (Double) -> Double) -> Double { g(g(3)) }
print(twice { $0 / 2 })
var handlers: [String: (Int) -> String] = [:]
handlers["a"] = { "n=\($0)" }
print(handlers["a"]!(4))
let make: () -> Double = { 1 }
print(make())
struct Op { var run: (Double) -> Double }
let half = Op(run: { $0 / 2 })
print(half.run(5))
let cmp: (Int, Int) -> Bool = (<)
print(cmp(1, 2))

// expect: 6.0
// expect: 1.5
// expect: 0.75
// expect: n=4
// expect: 1.0
// expect: 2.5
// expect: true
