// After training, Keras 3 adds the optimizer's variables to the summary: Adam keeps two slots per
// weight (m and v) plus its iteration counter and learning rate, and "Total params" counts them.
// The structured summary (the page's HTML table, the JSON report) says the same as the text.
let model = Sequential([Dense(2, inputShape: [3])])
model.compile(optimizer: Adam(), loss: .meanSquaredError)
model.summary()
_ = model.fit(Tensor([[1, 2, 3]]), Tensor([[1, 0]]), epochs: 1, verbose: 0)
model.summary()
// expect output: summary sequential (8 params)
// expect output line: Model: "sequential"...
// expect output: summary sequential (26 params)
// expect output line: Model: "sequential"...
