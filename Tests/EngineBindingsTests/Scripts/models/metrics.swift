// Metrics in compile order. Sigmoid with a kernel of ones at x = -2, -1, 1, 2 gives
// p = 0.119, 0.269, 0.731, 0.881; with y = 0, 1, 1, 1 the predictions 0, 0, 1, 1 have
// TP 2, FP 0, FN 1 and every positive scores above the negative.
let x = Tensor([[-2], [-1], [1], [2]]), y = Tensor([[0], [1], [1], [1]])
let model = Sequential([Dense(1, activation: .sigmoid, kernelInitializer: .ones, inputShape: [1])])
model.compile(optimizer: Adam(), loss: .binaryCrossentropy, metrics: [.accuracy, .precision, .recall, .auc])
let (loss, accuracy, precision, recall, auc) = model.evaluate(x, y, verbose: 0)
print(String(format: "%.4f %.4f %.4f %.4f %.4f", loss, accuracy, precision, recall, auc))   // expect: 0.4701 0.7500 1.0000 0.6667 1.0000
model.compile(optimizer: Adam(), loss: .binaryCrossentropy, metrics: [.binaryAccuracy, .mse, .mae])
let r = model.evaluate(x, y, verbose: 0)
print(String(format: "%.4f %.4f %.4f", r.1, r.2, r.3))   // expect: 0.7500 0.1588 0.3096
model.compile(optimizer: Adam(), loss: .binaryCrossentropy, metrics: ["accuracy"])
let (_, byName) = model.evaluate(x, y)
print(byName)                            // expect: 0.75
// Without verbose: 0, evaluate shows Keras's closing bar line (one batch of 4), without times.
// expect output: trainingLog (1 lines)
// expect output line: 1/1 - accuracy: 0.7500 - loss: 0.4701
model.compile(optimizer: Adam(), loss: .binaryCrossentropy)
print(String(format: "%.4f", model.evaluate(x, y, verbose: 0)))   // expect: 0.4701
// accuracy resolves by shapes: one-hot targets → categorical (argmax 0 vs 1, 2 → 0.0); sparse
// labels → sparse categorical (0 vs 1, 0 → 0.5).
let three = Sequential([Dense(3, activation: .softmax, kernelInitializer: .zeros, inputShape: [1])])
three.compile(optimizer: Adam(), loss: .categoricalCrossentropy, metrics: [.accuracy, .categoricalAccuracy])
let (_, a1, a2) = three.evaluate(Tensor([[1], [2]]), Tensor([[0, 1, 0], [0, 0, 1]]), verbose: 0)
print(a1, a2)                            // expect: 0.0 0.0
three.compile(optimizer: Adam(), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy, .sparseCategoricalAccuracy])
let (_, s1, s2) = three.evaluate(Tensor([[1], [2]]), Tensor([1, 0]), verbose: 0)
print(s1, s2)                            // expect: 0.5 0.5
