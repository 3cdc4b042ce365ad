// A metric that reads one target per output is refused with integer labels instead of reading
// past them (sparse labels with .binaryAccuracy).
let model = Sequential([Dense(3, activation: .softmax, inputShape: [2])])
model.compile(optimizer: SGD(), loss: .sparseCategoricalCrossentropy, metrics: [.binaryAccuracy])
model.fit(Tensor.zeros([4, 2]), Tensor([0, 1, 2, 1]), epochs: 1, verbose: 0)
// expect error: Metric binary_accuracy needs targets shaped like the model output (None, 3), received targets of shape (None)
// expect error line: 5
