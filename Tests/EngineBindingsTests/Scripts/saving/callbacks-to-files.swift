// ModelCheckpoint writes its file into the notebook's files folder (a .keras name saves the
// whole model, a .weights.h5 or .npz name the weights); CSVLogger writes Keras's epoch log.
let learner = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
learner.compile(optimizer: SGD(learningRate: 1), loss: .meanSquaredError)
let xs = Tensor([[1], [2]])
let best = ModelCheckpoint("best.keras", monitor: "loss", saveBestOnly: true)
let each = ModelCheckpoint("epoch-{epoch:02d}.weights.h5", monitor: "loss")
let log = CSVLogger("log.csv", separator: ";")
learner.fit(xs, xs, epochs: 3, batchSize: 2, callbacks: [best, each, log], verbose: 0)
// One link per file, in the order they were first written (the log starts empty when training
// starts, as Keras's does), each with its latest size.
// expect output: file log.csv at notebook/files/log.csv (51 bytes)
// expect output: file best.keras at notebook/files/best.keras
// expect output: file epoch-01.weights.h5 at notebook/files/epoch-01.weights.h5
// expect output: file epoch-02.weights.h5
// expect output: file epoch-03.weights.h5
// Epoch 1's loss, 2.5, is the best: its weights are those after epoch 1's step, w = 5.
print(learner.getWeights()[0].scalars)          // expect: [146.0]
print(loadModel("best.keras").getWeights()[0].scalars)   // expect: [5.0]
learner.loadWeights("epoch-02.weights.h5")
print(learner.getWeights()[0].scalars)          // expect: [-24.0]
