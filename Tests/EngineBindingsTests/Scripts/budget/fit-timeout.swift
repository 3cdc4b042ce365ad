// timeout: 0.3
// fit checks the cell's deadline between batches.
let model = Sequential([Dense(4, activation: .relu, inputShape: [2]), Dense(1)])
model.compile(optimizer: SGD(), loss: .mse)
let x = Tensor.zeros([64, 2]), y = Tensor.zeros([64, 1])
model.fit(x, y, epochs: 100_000_000, verbose: 0)
// expect error: time limit exceeded: the cell ran longer than 0.3 s
// expect error line: 6
// expect error kind: limit
