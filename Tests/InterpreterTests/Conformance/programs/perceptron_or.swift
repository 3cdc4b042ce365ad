// A step-function perceptron learns OR with integer updates.
let samples: [([Int], Int)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 1)]
var w = [0, 0]
var b = 0
var epochs = 0
var errors = 1
while errors > 0 {
    errors = 0
    for (x, target) in samples {
        let out = (w[0] * x[0] + w[1] * x[1] + b) > 0 ? 1 : 0
        let delta = target - out
        if delta != 0 {
            errors += 1
            w[0] += delta * x[0]
            w[1] += delta * x[1]
            b += delta
        }
    }
    epochs += 1
}
print("epochs:", epochs, "weights:", w, "bias:", b)

// expect: epochs: 4 weights: [1, 1] bias: 0
