func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: Double) -> String { "double \(x)" }
func describe(_ x: [Int]) -> String { "array of \(x.count)" }
let a = 3
let b: Double = 2
var c = [1, 2]
let d = a * 2
print(describe(a))
print(describe(b))
print(describe(c))
print(describe(d))
print(describe(b / 4))
print(describe(7))
print(describe(0.5))
func area(width: Int, height: Int) -> Int { width * height }
func area(width: Double, height: Double) -> Double { width * height }
print(area(width: 2, height: 3))
print(area(width: 2.5, height: 2))
print(area(width: b, height: b))

// expect: int 3
// expect: double 2.0
// expect: array of 2
// expect: int 6
// expect: double 0.5
// expect: int 7
// expect: double 0.5
// expect: 6
// expect: 5.0
// expect: 4.0
