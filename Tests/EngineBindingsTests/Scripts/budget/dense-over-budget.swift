// A layer whose weights do not fit the budget is refused when the model builds it, at the line
// that made the model, before any weight exists.
let model = Sequential([Dense(100_000_000, inputShape: [784])])
// expect error: memory limit exceeded: Dense layer "dense" kernel of shape (784, 100000000) needs 292 GiB; the cell's memory budget is 2 GiB
// expect error line: 3
// expect error kind: limit
