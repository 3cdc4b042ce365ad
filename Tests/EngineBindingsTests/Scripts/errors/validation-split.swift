// validationSplit is a fraction in [0, 1).
let model = Sequential([Dense(1, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .meanSquaredError)
model.fit(Tensor([[1], [2]]), Tensor([[1], [2]]), validationSplit: 1.5, verbose: 0)
// expect error: fit: validationSplit must be in [0, 1), received 1.5
