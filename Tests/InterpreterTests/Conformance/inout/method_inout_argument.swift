struct Accumulator {
    var step = 2
    func apply(to x: inout Int) { x += step }
}
let acc = Accumulator()
var n = 1
acc.apply(to: &n)
acc.apply(to: &n)
print(n)

// expect: 5
