// Weights for another architecture are refused with both counts, not loaded half-way.
let model = Sequential([Dense(4, inputShape: [3]), Dense(1)])
model.loadWeights("weights.npz")
// expect error: holds 2 arrays
// expect error line: 3
