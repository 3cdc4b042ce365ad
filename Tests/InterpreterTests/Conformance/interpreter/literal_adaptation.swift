// record: skip
let a: Double = 1
let b = 2 * 0.5
var c = 0.0
c += 1
var xs: [Double] = []
xs.append(3)
let f: Float = 2
print(a, b, c, xs, f, 7 / 2, 7.0 / 2)
// expect: 1.0 1.0 1.0 [3.0] 2.0 3 3.5
