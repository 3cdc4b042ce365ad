// plot(history) draws a loss panel and one per metric, each with the validation curve.
let model = Sequential([Dense(1, activation: .sigmoid, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .binaryCrossentropy, metrics: [.accuracy])
let x = Tensor([[0], [1], [2], [3]]), y = Tensor([[0], [0], [1], [1]])
let history = model.fit(x, y, epochs: 3, batchSize: 4, validationData: (x, y), verbose: 0)
plot(history)
// expect output: figure line+line "Training history"
// expect output line: line "Loss" axes "Epoch" "loss": train[3] validation[3]
// expect output line: line "Accuracy" axes "Epoch" "accuracy": train[3] validation[3]
plot(model.fit(x, y, epochs: 2, verbose: 0), title: "Without validation")
// expect output: figure line+line "Without validation"
// expect output line: line "Loss" axes "Epoch" "loss": train[2]
