// memory: 1048576
// An honest member larger than the budget is refused before it is inflated.
let model = Sequential([Dense(2, inputShape: [3])])
model.loadWeights("honest.npz")
// expect error: [big.npy] needs 2 MiB; the cell's memory budget is 1 MiB
// expect error line: 4
// expect error kind: limit
