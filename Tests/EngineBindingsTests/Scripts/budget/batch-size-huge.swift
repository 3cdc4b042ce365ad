// A batch size near Int.max trains and evaluates in one batch (no overflow in the step count).
let model = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
model.compile(optimizer: SGD(learningRate: 0), loss: .mse)
let x = Tensor([[1], [2], [3]]), y = Tensor([[0], [0], [0]])
let history = model.fit(x, y, epochs: 1, batchSize: Int.max, verbose: 0)
print(history["loss"])                                        // expect: [0.0]
print(model.evaluate(x, y, batchSize: Int.max, verbose: 0))    // expect: 0.0
print(model.predict(x, batchSize: Int.max).shape)              // expect: [3, 1]
