// History has Keras's keys only; an unknown key is an error that lists the available ones.
let model = Sequential([Dense(1, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .meanSquaredError, metrics: [.mae])
let history = model.fit(Tensor([[1], [2]]), Tensor([[1], [2]]), epochs: 2, verbose: 0)
print(history["mae"].count)              // expect: 2
let acc = history["accuracy"]
// expect error: History has no key "accuracy"; available keys: loss, mae
// expect error line: 6
