import Foundation
// A single sigmoid neuron learns logical AND by gradient descent.
let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 0, 0, 1]
var weights = [0.1, -0.2]
var bias = 0.0
let learningRate = 0.5

func sigmoid(_ x: Double) -> Double {
    return 1.0 / (1.0 + exp(-x))
}

func predict(_ x: [Double]) -> Double {
    var z = bias
    for i in 0..<weights.count {
        z += weights[i] * x[i]
    }
    return sigmoid(z)
}

for epoch in 1...2000 {
    var totalLoss = 0.0
    for (x, t) in zip(inputs, targets) {
        let y = predict(x)
        let error = y - t
        totalLoss += error * error
        let grad = error * y * (1 - y)
        for i in 0..<weights.count {
            weights[i] -= learningRate * grad * x[i]
        }
        bias -= learningRate * grad
    }
    if epoch % 500 == 0 {
        print("epoch \(epoch): loss \(String(format: "%.5f", totalLoss))")
    }
}
for x in inputs {
    print(x, String(format: "%.3f", predict(x)), predict(x) > 0.5 ? 1 : 0)
}

// expect: epoch 500: loss 0.04905
// expect: epoch 1000: loss 0.02262
// expect: epoch 1500: loss 0.01441
// expect: epoch 2000: loss 0.01050
// expect: [0.0, 0.0] 0.000 0
// expect: [0.0, 1.0] 0.055 0
// expect: [1.0, 0.0] 0.056 0
// expect: [1.0, 1.0] 0.934 1
