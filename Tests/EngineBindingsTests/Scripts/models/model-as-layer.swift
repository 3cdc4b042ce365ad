// A trained model used as a layer (Keras's `Sequential([model, Softmax()])`): one summary row
// for the inner model, the same weights, probabilities out.
let logits = Sequential([Dense(2, kernelInitializer: .ones, inputShape: [2])], name: "logits")
let probabilities = Sequential([logits, Softmax()])
print(probabilities.predict(Tensor([[1, 1]]), verbose: 0).scalars)   // expect: [0.5, 0.5]
print(probabilities.countParams(), probabilities.layers.count, probabilities.layers[0].name)   // expect: 6 2 logits
probabilities.summary()
// expect output: summary sequential (6 params)
// expect output line: Model: "sequential"
// expect output line: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect output line: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect output line: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect output line: │ logits (Sequential)             │ (None, 2)              │             6 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ softmax (Softmax)               │ (None, 2)              │             0 │
// expect output line: └─────────────────────────────────┴────────────────────────┴───────────────┘
// Setting weights through the outer model changes the inner one.
probabilities.setWeights([Tensor([[1, 0], [0, 1]]), Tensor([0, 0])])
print(logits.predict(Tensor([[3, 1]]), verbose: 0).scalars)   // expect: [3.0, 1.0]
let stacked = Sequential()
stacked.add(logits)
print(stacked.countParams())   // expect: 6
