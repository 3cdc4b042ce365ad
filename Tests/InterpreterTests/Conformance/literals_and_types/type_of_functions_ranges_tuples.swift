// type(of:) names function types, ranges and tuples as Swift prints them.
func add(_ a: Int, _ b: Int) -> Int { a + b }
func hello() { print("hi") }
func greet(_ name: String) -> String { "hi " + name }
var op: (Int, Int) -> Int = add
print(type(of: add), type(of: hello), type(of: greet), type(of: op))
let sq = { (x: Double) -> Double in x * x }
print(type(of: sq))
print(type(of: 1..<5), type(of: 1...5), type(of: 1.0..<2.0))
print(type(of: (1, "a")), type(of: (x: 1, y: 2.0)))
func swapper(_ a: inout Int, _ b: inout Int) {}
print(type(of: swapper))

// expect: (Int, Int) -> Int () -> () (String) -> String (Int, Int) -> Int
// expect: (Double) -> Double
// expect: Range<Int> ClosedRange<Int> Range<Double>
// expect: (Int, String) (x: Int, y: Double)
// expect: (inout Int, inout Int) -> ()
