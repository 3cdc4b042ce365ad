// fit before compile says what to do.
let model = Sequential([Dense(1, inputShape: [2])])
model.fit(Tensor([[1, 2]]), Tensor([[1]]), epochs: 1, verbose: 0)
// expect error: compile
