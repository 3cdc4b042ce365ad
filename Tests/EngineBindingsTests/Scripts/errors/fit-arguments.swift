// fit checks its numbers: batchSize must be positive (0 epochs is allowed: an empty History, as in Keras).
let model = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .meanSquaredError)
print(model.fit(Tensor([[1]]), Tensor([[1]]), epochs: 0, verbose: 0).keys)   // expect: []
model.fit(Tensor([[1]]), Tensor([[1]]), batchSize: 0, verbose: 0)
// expect error: fit: batchSize must be positive, received 0
