// A loss-only name (huber) is not a metric.
let model = Sequential([Dense(1, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .huber, metrics: [.mae])
model.compile(optimizer: SGD(), loss: .meanSquaredError, metrics: [.huber])
// expect error: is not a metric
// expect error line: 4
