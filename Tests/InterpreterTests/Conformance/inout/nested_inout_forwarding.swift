func inner(_ x: inout Int) { x += 1 }
func middle(_ x: inout Int) {
    inner(&x)
    inner(&x)
}
func outer(_ x: inout Int) {
    middle(&x)
    x *= 10
}
var v = 0
outer(&v)
print(v)

// expect: 20
