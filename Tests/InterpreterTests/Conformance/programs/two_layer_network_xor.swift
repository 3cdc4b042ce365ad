import Foundation
// A tiny 2-2-1 network with hand-picked weights computes XOR; then one training step.
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
var w1: [[Double]] = [[20, 20], [-20, -20]]
var b1: [Double] = [-10, 30]
var w2: [Double] = [20, 20]
var b2 = -30.0
func forward(_ x: [Double]) -> (hidden: [Double], out: Double) {
    var h: [Double] = []
    for j in 0..<2 {
        h.append(sigmoid(w1[j][0] * x[0] + w1[j][1] * x[1] + b1[j]))
    }
    let o = sigmoid(w2[0] * h[0] + w2[1] * h[1] + b2)
    return (h, o)
}
for x in [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] {
    let r = forward(x)
    print(x, (r.out * 1000).rounded() / 1000)
}
let (h, o) = forward([1, 0])
let delta = (o - 1) * o * (1 - o)
for j in 0..<2 {
    w2[j] -= 0.5 * delta * h[j]
}
print(w2.map { ($0 * 1e6).rounded() / 1e6 })

// expect: [0.0, 0.0] 0.0
// expect: [0.0, 1.0] 1.0
// expect: [1.0, 0.0] 1.0
// expect: [1.0, 1.0] 0.0
// expect: [20.0, 20.0]
