// Fit y = w * x + b by gradient descent on a small dataset.
let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [3.1, 4.9, 7.2, 8.8, 11.1]
var w = 0.0
var b = 0.0
let lr = 0.02
for step in 0..<3000 {
    var dw = 0.0
    var db = 0.0
    for i in 0..<xs.count {
        let err = (w * xs[i] + b) - ys[i]
        dw += 2 * err * xs[i]
        db += 2 * err
    }
    w -= lr * dw / Double(xs.count)
    b -= lr * db / Double(xs.count)
    if step % 1000 == 0 {
        print("step", step, "w", w, "b", b)
    }
}
print((w * 1000).rounded() / 1000, (b * 1000).rounded() / 1000)

// expect: step 0 w 1.0016 b 0.28080000000000005
// expect: step 1000 w 1.9901441096800419 b 1.0494797183292952
// expect: step 2000 w 1.9900001629495032 b 1.0499994117005906
// expect: 1.99 1.05
