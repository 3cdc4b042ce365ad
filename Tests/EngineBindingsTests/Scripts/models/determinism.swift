// Initial weights, shuffling and dropout masks come from the notebook seed: the same seed gives
// identical losses in a new session, another seed different ones.
let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5], [0.2, 0.8]])
let y = Tensor([[0], [1], [1], [0], [1], [0]])
let model = Sequential([Dense(4, activation: .tanh, inputShape: [2]), Dropout(0.25), Dense(1, activation: .sigmoid)])
model.compile(optimizer: Adam(learningRate: 0.05), loss: .binaryCrossentropy, metrics: [.accuracy])
let history = model.fit(x, y, epochs: 5, batchSize: 2, verbose: 0)
print("losses:", history["loss"])        // expect: losses: ...
print("weights:", model.getWeights()[0].scalars)   // expect: weights: ...
print(history["loss"].count)             // expect: 5
// expect seeded
