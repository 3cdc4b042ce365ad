// Callbacks that steer training, written as the Keras tutorials write them. The plateau model
// cannot learn (x = 0, no bias, mae against 1), so every epoch is a plateau.
let x = Tensor([[0]]), y = Tensor([[1]])
func plateau() -> Sequential {
    let m = Sequential([Dense(1, useBias: false, inputShape: [1])])
    m.compile(optimizer: SGD(learningRate: 0.1), loss: .meanAbsoluteError)
    return m
}
// ReduceLROnPlateau adds learning_rate to the logs, after the step's values (as Keras prints it).
let reduce = ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 2, verbose: 1)
let h = plateau().fit(x, y, epochs: 3, batchSize: 1, callbacks: [reduce])
print(h["learning_rate"])                // expect: [0.10000000149011612, 0.10000000149011612, 0.10000000149011612]
// expect output: trainingLog (7 lines)
// expect output line: Epoch 1/3
// expect output line: 1/1 - loss: 1.0000 - learning_rate: 0.1000
// expect output line: Epoch 2/3
// expect output line: 1/1 - loss: 1.0000 - learning_rate: 0.1000
// expect output line: Epoch 3/3
// expect output line: Epoch 3: ReduceLROnPlateau reducing learning rate to 0.05000000074505806.
// expect output line: 1/1 - loss: 1.0000 - learning_rate: 0.1000
// LearningRateScheduler takes the zero-based epoch and the current rate.
let halve = LearningRateScheduler({ epoch, lr in epoch == 0 ? lr : lr * 0.5 })
print(plateau().fit(x, y, epochs: 3, callbacks: [halve], verbose: 0)["learning_rate"])   // expect: [0.10000000149011612, 0.05000000074505806, 0.02500000037252903]
// Schedules are callable, so a cell can plot them before training.
let cosine = CosineDecay(initialLearningRate: 0.1, decaySteps: 100, alpha: 0.1)
print([0, 50, 100, 200].map { String(format: "%.4f", cosine($0)) })   // expect: ["0.1000", "0.0550", "0.0100", "0.0100"]
let inverse = InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
print(inverse(15), PiecewiseConstantDecay(boundaries: [10], values: [1.0, 0.5])(11))   // expect: 0.06666667014360428 0.5
let scheduled = Sequential([Dense(1, inputShape: [1])])
scheduled.compile(optimizer: Adam(learningRate: inverse), loss: .meanSquaredError)
print(scheduled.fit(x, y, epochs: 2, verbose: 0)["loss"].count)   // expect: 2
// LambdaCallback: closures see the epoch and the logs as [String: Double].
var seen: [String] = []
let lambda = LambdaCallback(onEpochEnd: { epoch, logs in seen.append("\(epoch): \(logs["loss"]!)") })
plateau().fit(x, y, epochs: 2, callbacks: [lambda], verbose: 0)
print(seen)                              // expect: ["0: 1.0", "1: 1.0"]
// A monitor key that never appears warns once, even with verbose 0, and never stops training.
let early = EarlyStopping(monitor: "val_binary_crossentropy", patience: 1)
print(plateau().fit(x, y, epochs: 4, callbacks: [early], verbose: 0)["loss"].count)   // expect: 4
// expect output: notice Warning: Early stopping conditioned on metric `val_binary_crossentropy` which is not available. Available metrics are: loss
// ModelCheckpoint writes the weights at the end of the best epoch to its file (epoch 1's
// loss, 2.5, is the best; its weights are those after epoch 1's step, w = 5; the run ends at
// w = 146, as in early-stopping.swift); loadWeights reads them back.
let learner = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
learner.compile(optimizer: SGD(learningRate: 1), loss: .meanSquaredError)
let best = ModelCheckpoint("best.weights.h5", monitor: "loss", saveBestOnly: true)
let xs = Tensor([[1], [2]])
learner.fit(xs, xs, epochs: 3, batchSize: 2, callbacks: [best], verbose: 0)
// expect output: file best.weights.h5 at notebook/files/best.weights.h5
print(learner.getWeights()[0].scalars)   // expect: [146.0]
learner.loadWeights("best.weights.h5")
print(learner.getWeights()[0].scalars)   // expect: [5.0]
learner.saveWeights("now.weights.h5")
// expect output: file now.weights.h5 at notebook/files/now.weights.h5
learner.setWeights([Tensor([[7]]), Tensor([1])])
learner.loadWeights("now.weights.h5")
print(learner.getWeights()[0].scalars)   // expect: [5.0]
