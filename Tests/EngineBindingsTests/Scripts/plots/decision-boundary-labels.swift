// One label per point.
let model = Sequential([Dense(1, activation: .sigmoid, inputShape: [2])])
decisionBoundary(model, Tensor([[0, 0], [1, 1]]), Tensor([[0]]))
// expect error: decisionBoundary: 2 points but 1 labels
