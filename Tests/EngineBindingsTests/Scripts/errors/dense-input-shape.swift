// Data whose width does not match the first layer names the layer and both shapes.
let model = Sequential([Dense(4, inputShape: [3]), Dense(1)])
model.compile(optimizer: SGD(), loss: .meanSquaredError)
let x = Tensor([[1, 2], [3, 4]])
model.predict(x, verbose: 0)
// expect error: dense
// expect error line: 5
