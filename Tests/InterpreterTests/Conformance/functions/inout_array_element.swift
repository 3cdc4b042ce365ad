func double(_ v: inout Double) { v *= 2 }
var xs = [1.0, 2.0]
double(&xs[1])
print(xs)

// expect: [1.0, 4.0]
