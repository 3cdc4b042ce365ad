// evaluate gives loss then metrics by position; predict gives [N, units] in inference mode.
let model = Sequential([
    Dense(3, activation: .relu, kernelInitializer: .ones, inputShape: [2]),
    Dropout(0.5),
    Dense(2, activation: .softmax, kernelInitializer: .zeros),
])
model.compile(optimizer: Adam(), loss: .categoricalCrossentropy, metrics: [.accuracy])
let x = Tensor([[1, 2], [3, 4], [5, 6]])
let p = model.predict(x)
print(p.shape, p.scalars)                // expect: [3, 2] [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]
print(model.predict(x, verbose: 0).sum(axis: 1).scalars)   // expect: [1.0, 1.0, 1.0]
let (loss, accuracy) = model.evaluate(x, Tensor([[1, 0], [1, 0], [0, 1]]), verbose: 0)
print(String(format: "%.4f", loss), String(format: "%.4f", accuracy))   // expect: 0.6931 0.6667
let first = model.layers[0].getWeights()[0]
print(first.shape)                       // expect: [2, 3]
let probabilities = model.predict(x[0..<1], verbose: 0)
print(probabilities[0].toArray())        // expect: [0.5, 0.5]
