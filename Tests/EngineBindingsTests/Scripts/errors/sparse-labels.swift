// Sparse labels must be class indices of the output.
let model = Sequential([Dense(2, activation: .softmax, inputShape: [1])])
model.compile(optimizer: SGD(), loss: .sparseCategoricalCrossentropy)
model.fit(Tensor([[1]]), Tensor([5]), verbose: 0)
// expect error: Loss sparse_categorical_crossentropy: target label 5.0 is not a class index in 0..<2
