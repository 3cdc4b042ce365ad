// Like every data file, weights are read only from the notebook's folder and datasets/.
let model = Sequential([Dense(2, inputShape: [3])])
model.loadWeights("../outside/weights.npz")
// expect error: cannot read '../outside/weights.npz': notebooks may read files only from
// expect error line: 3
