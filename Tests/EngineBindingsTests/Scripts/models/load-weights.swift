// loadWeights reads weights the engine saved (an .npz of "layer/weight" arrays) from a readable
// folder into a model of the same shape.
let model = Sequential([Dense(2, inputShape: [3])])
model.loadWeights("weights.npz")
print(model.getWeights().map { $0.scalars })   // expect: [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, -0.5]]
print(model.predict(Tensor([[1, 0, 1]]), verbose: 0).scalars)   // expect: [6.5, 7.5]
