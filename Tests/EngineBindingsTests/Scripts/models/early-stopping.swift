// EarlyStopping on y = x with SGD(learningRate: 1): the first step overshoots (w 0 → 5, b → 3,
// loss 2.5 then 85), so epoch 1 is best. patience 1 stops after epoch 2; restoring puts back the
// weights from the end of epoch 1 (5, 3), not those after epoch 2 (5 - 29, 3 - 18).
let x = Tensor([[1], [2]]), y = Tensor([[1], [2]])
func fresh() -> Sequential {
    let m = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
    m.compile(optimizer: SGD(learningRate: 1), loss: .meanSquaredError)
    return m
}
func weights(_ m: Sequential) -> [Float] { m.getWeights().map { $0.scalars[0] } }
let restored = fresh()
let stopper = EarlyStopping(monitor: "loss", patience: 1, restoreBestWeights: true)
let h = restored.fit(x, y, epochs: 10, batchSize: 2, callbacks: [stopper])
print(h["loss"])                         // expect: [2.5, 85.0]
// stoppedEpoch and bestEpoch are one-based here (Keras's stopped_epoch/best_epoch count from 0).
print(weights(restored), stopper.stoppedEpoch, stopper.bestEpoch)   // expect: [5.0, 3.0] 2 1
// Keras's EarlyStopping is silent by default (verbose=0): no "early stopping" lines in the log.
// expect output: trainingLog (4 lines)
// expect output line: Epoch 1/10
// expect output line: 1/1 - loss: 2.5000
// expect output line: Epoch 2/10
// expect output line: 1/1 - loss: 85.0000
let kept = fresh()
kept.fit(x, y, epochs: 10, batchSize: 2, callbacks: [EarlyStopping(monitor: "loss", patience: 1)], verbose: 0)
print(weights(kept))                     // expect: [-24.0, -15.0]
// A loss that never improves (learning rate 0): patience 2 stops at epoch 3.
let flat = Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])])
flat.compile(optimizer: SGD(learningRate: 0), loss: .meanSquaredError)
let flatStop = EarlyStopping(monitor: "loss", patience: 2)
print(flat.fit(x, y, epochs: 100, batchSize: 2, callbacks: [flatStop], verbose: 0)["loss"].count)   // expect: 3
// The default monitor is val_loss.
let v = fresh()
let vh = v.fit(x, y, epochs: 10, batchSize: 2, validationData: (x, y), callbacks: [EarlyStopping(patience: 0)], verbose: 0)
print(vh["val_loss"].count < 10)          // expect: true
