// decisionBoundary shades a two-input classifier's output over the data's bounding box.
let model = Sequential([Dense(4, activation: .tanh, inputShape: [2]), Dense(1, activation: .sigmoid)])
model.compile(optimizer: Adam(), loss: .binaryCrossentropy)
let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
let y = Tensor([[0], [1], [1], [0]])
decisionBoundary(model, x, y)
// expect output: figure decisionBoundary "Decision boundary"
// expect output line: decisionBoundary axes "x₁" "x₂": 60x60 grid, 4 points, classes [0, 1, 1, 0]
decisionBoundary(model, x, y, resolution: 10, title: "Coarse")
// expect output: figure decisionBoundary "Coarse"
// expect output line: decisionBoundary axes "x₁" "x₂": 10x10 grid, 4 points, classes [0, 1, 1, 0]
