// A loss that overflows stops training with an error that suggests a smaller learning rate.
let model = Sequential([Dense(1, inputShape: [1])])
model.compile(optimizer: SGD(learningRate: 1e30), loss: .meanSquaredError)
model.fit(Tensor([[1e20]]), Tensor([[1]]), epochs: 3, verbose: 0)
// expect error: Try a smaller learning rate
