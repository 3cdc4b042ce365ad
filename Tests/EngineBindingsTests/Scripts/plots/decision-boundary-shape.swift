// The data must have two features.
let model = Sequential([Dense(1, activation: .sigmoid, inputShape: [3])])
decisionBoundary(model, Tensor([[0, 0, 0]]), Tensor([[0]]))
// expect error: decisionBoundary: x must have shape [N, 2], got [1, 3]
