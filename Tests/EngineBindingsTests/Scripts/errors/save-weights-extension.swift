// Weights files are Keras's .weights.h5 or NumPy's .npz; a .keras name is a whole model.
let model = Sequential([Dense(1, inputShape: [2])])
model.saveWeights("w.keras")
// expect error: saveWeights: 'w.keras' names a whole model: use model.save("w.keras") and loadModel("w.keras")
// expect error line: 3
