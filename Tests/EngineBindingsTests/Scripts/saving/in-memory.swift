// Without a site (grading, the interpreter on its own) the same calls keep files in memory for the
// session: loadWeights and loadModel read them back, nothing touches the disk.
// files: memory
let model = Sequential([Dense(1, kernelInitializer: .ones, inputShape: [2])])
model.save("m.keras")
// expect output: file m.keras in memory
model.saveWeights("w.weights.h5")
// expect output: file w.weights.h5 in memory
print(loadModel("m.keras").predict(Tensor([[1, 2]])).scalars)   // expect: [3.0]
model.setWeights([Tensor([[0], [0]]), Tensor([0])])
model.loadWeights("w.weights.h5")
print(model.getWeights()[0].scalars)            // expect: [1.0, 1.0]
