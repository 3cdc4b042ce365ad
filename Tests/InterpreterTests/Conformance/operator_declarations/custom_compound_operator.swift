infix operator **= : AssignmentPrecedence
func **= (lhs: inout Int, rhs: Int) {
    var r = 1
    for _ in 0..<rhs { r *= lhs }
    lhs = r
}
var x = 3
x **= 4
print(x)
var xs = [2, 5]
xs[0] **= 5
print(xs)

// expect: 81
// expect: [32, 5]
