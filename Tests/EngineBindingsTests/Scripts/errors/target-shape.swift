// Targets whose shape does not match the model's output are an error naming both shapes.
let model = Sequential([Dense(3, activation: .softmax, inputShape: [2])])
model.compile(optimizer: Adam(), loss: .categoricalCrossentropy)
model.fit(Tensor([[1, 2], [3, 4]]), Tensor([[1, 0], [0, 1]]), epochs: 1, verbose: 0)
// expect error: Loss categorical_crossentropy: target shape (None, 2) and model output shape (None, 3) must match
