// Benchmark: a tiny neural network by hand: a 2-4-1 multilayer perceptron with sigmoid
// units trained on XOR by backpropagation, weights in arrays of Double.
import Foundation

func sigmoid(_ x: Double) -> Double {
    return 1.0 / (1.0 + exp(-x))
}

let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let targets: [Double] = [0, 1, 1, 0]
let hiddenCount = 4
let learningRate = 0.5

var seed = 3
func randomWeight() -> Double {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Double(seed % 2000) / 1000.0 - 1.0
}

var w1: [[Double]] = []
var b1: [Double] = []
for _ in 0..<hiddenCount {
    w1.append([randomWeight(), randomWeight()])
    b1.append(randomWeight())
}
var w2: [Double] = []
for _ in 0..<hiddenCount {
    w2.append(randomWeight())
}
var b2 = randomWeight()

var finalLoss = 0.0
for epoch in 0..<6000 {
    var loss = 0.0
    for s in 0..<inputs.count {
        let x = inputs[s]
        var hidden = Array(repeating: 0.0, count: hiddenCount)
        for h in 0..<hiddenCount {
            hidden[h] = sigmoid(w1[h][0] * x[0] + w1[h][1] * x[1] + b1[h])
        }
        var sum = b2
        for h in 0..<hiddenCount {
            sum += w2[h] * hidden[h]
        }
        let output = sigmoid(sum)
        let error = output - targets[s]
        loss += error * error

        let deltaOut = error * output * (1 - output)
        for h in 0..<hiddenCount {
            let deltaHidden = deltaOut * w2[h] * hidden[h] * (1 - hidden[h])
            w2[h] -= learningRate * deltaOut * hidden[h]
            w1[h][0] -= learningRate * deltaHidden * x[0]
            w1[h][1] -= learningRate * deltaHidden * x[1]
            b1[h] -= learningRate * deltaHidden
        }
        b2 -= learningRate * deltaOut
    }
    if epoch == 5999 {
        finalLoss = loss
    }
}

var predictions: [Int] = []
for x in inputs {
    var sum = b2
    for h in 0..<hiddenCount {
        sum += w2[h] * sigmoid(w1[h][0] * x[0] + w1[h][1] * x[1] + b1[h])
    }
    predictions.append(sigmoid(sum) > 0.5 ? 1 : 0)
}
print("checksum: \(Int(finalLoss * 1000000)) \(predictions)")
