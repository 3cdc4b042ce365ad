// Minimize f(x, y) = (x - 3)^2 + 2 * (y + 1)^2.
var x = 0.0
var y = 0.0
let rate = 0.1
var iterations = 0
while true {
    let gx = 2 * (x - 3)
    let gy = 4 * (y + 1)
    if abs(gx) < 1e-6 && abs(gy) < 1e-6 { break }
    x -= rate * gx
    y -= rate * gy
    iterations += 1
}
print(iterations)
print((x * 1e4).rounded() / 1e4, (y * 1e4).rounded() / 1e4)

// expect: 70
// expect: 3.0 -1.0
