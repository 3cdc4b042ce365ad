// saveWeights writes Keras's .weights.h5 (HDF5, layers/<name>/vars/0, 1, …) or NumPy's .npz into
// the notebook's files folder; loadWeights finds the file there first.
let model = Sequential([Dense(2, kernelInitializer: .ones, inputShape: [3], name: "hidden"), Dense(1, name: "out")])
model.saveWeights("start.weights.h5")
// expect output: file start.weights.h5 at notebook/files/start.weights.h5
model.saveWeights("start.npz")
// expect output: file start.npz at notebook/files/start.npz
model.setWeights(model.getWeights().map { $0 * 0 })
print(model.getWeights()[0].scalars)            // expect: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
model.loadWeights("start.weights.h5")
print(model.getWeights()[0].scalars)            // expect: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
model.setWeights(model.getWeights().map { $0 * 0 })
model.loadWeights("start.npz")
print(model.getWeights()[0].scalars)            // expect: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
// A read-only data file of the notebook's folder is still found when the notebook wrote none.
let other = Sequential([Dense(2, inputShape: [3])])
other.loadWeights("weights.npz")
print(other.getWeights()[1].scalars)            // expect: [0.5, -0.5]
