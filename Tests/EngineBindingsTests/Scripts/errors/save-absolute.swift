// An absolute path is refused, whatever it names.
let model = Sequential([Dense(1, inputShape: [2])])
model.saveWeights("/tmp/w.weights.h5")
// expect error: cannot write '/tmp/w.weights.h5': absolute paths are not allowed
// expect error line: 3
