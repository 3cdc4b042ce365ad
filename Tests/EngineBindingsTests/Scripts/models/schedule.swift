// ExponentialDecay: lr = 0.1 · 0.5^(step / 1), step counted in batches from 0 as in Keras, so
// the first update uses 0.1 and the second 0.05 (gradients -5, -3 then -1.6, -0.9).
let x = Tensor([[1], [2]]), y = Tensor([[1], [2]])
let model = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
let schedule = ExponentialDecay(initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5)
model.compile(optimizer: SGD(learningRate: schedule), loss: .meanSquaredError)
model.fit(x, y, epochs: 1, batchSize: 2, verbose: 0)
let w1 = model.getWeights()
print(String(format: "%.4f %.4f", Double(w1[0].scalars[0]), Double(w1[1].scalars[0])))   // expect: 0.5000 0.3000
model.fit(x, y, epochs: 1, batchSize: 2, verbose: 0)
let w2 = model.getWeights()
print(String(format: "%.4f %.4f", Double(w2[0].scalars[0]), Double(w2[1].scalars[0])))   // expect: 0.5800 0.3450
// A slow schedule over 400 steps, as in the optimization notebook, compiles the same way.
let slow = Sequential([Dense(1, inputShape: [1])])
slow.compile(optimizer: SGD(learningRate: ExponentialDecay(initialLearningRate: 0.1, decaySteps: 400, decayRate: 0.5)), loss: .meanSquaredError)
print(slow.fit(x, y, epochs: 3, batchSize: 1, verbose: 0)["loss"].count)   // expect: 3
