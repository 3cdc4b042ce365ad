// x and y must have the same number of samples.
let model = Sequential([Dense(1, inputShape: [2])])
model.compile(optimizer: SGD(), loss: .meanSquaredError)
model.fit(Tensor([[1, 2], [3, 4], [5, 6]]), Tensor([[1], [2]]), epochs: 1, verbose: 0)
// expect error: 3
