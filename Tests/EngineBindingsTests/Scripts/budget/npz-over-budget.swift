// memory: 8388608
// An honest member larger than the budget is refused before it is inflated.
let model = Sequential([Dense(2, inputShape: [3])])
model.loadWeights("honest.npz")
// expect error: [big.npy] needs 16 MiB; the cell's memory budget is 8 MiB
// expect error line: 4
// expect error kind: limit
