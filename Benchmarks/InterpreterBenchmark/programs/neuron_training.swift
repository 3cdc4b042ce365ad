// Benchmark: one sigmoid neuron trained from scratch by stochastic gradient descent.
// Data come from a linear congruential generator so Swift and Python see the same numbers.
import Foundation

var seed = 42
func nextUniform() -> Double {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Double(seed) / 2147483648.0
}

let sampleCount = 400
let featureCount = 3
var inputs: [[Double]] = []
var labels: [Double] = []
for _ in 0..<sampleCount {
    var x: [Double] = []
    for _ in 0..<featureCount {
        x.append(nextUniform() * 2.0 - 1.0)
    }
    let score = 0.8 * x[0] - 0.5 * x[1] + 0.3 * x[2] + 0.1
    inputs.append(x)
    labels.append(score > 0 ? 1.0 : 0.0)
}

var weights = Array(repeating: 0.0, count: featureCount)
var bias = 0.0
let learningRate = 0.1
var loss = 0.0
for _ in 0..<700 {
    loss = 0.0
    for s in 0..<sampleCount {
        let x = inputs[s]
        var z = bias
        for k in 0..<featureCount {
            z += weights[k] * x[k]
        }
        let y = 1.0 / (1.0 + exp(-z))
        let err = y - labels[s]
        loss += err * err
        for k in 0..<featureCount {
            weights[k] -= learningRate * err * x[k]
        }
        bias -= learningRate * err
    }
}

var correct = 0
for s in 0..<sampleCount {
    var z = bias
    for k in 0..<featureCount {
        z += weights[k] * inputs[s][k]
    }
    if (z > 0 ? 1.0 : 0.0) == labels[s] {
        correct += 1
    }
}
print("checksum: loss=\(String(format: "%.6f", loss)) correct=\(correct) w0=\(String(format: "%.6f", weights[0]))")
