// fit returns a History with Keras's keys. With learning rate 0 and a zero kernel every value is
// known: p = 0.5 predicts class 0, loss ln 2. validationSplit takes the last 25% before
// shuffling: train on the 7 zeros, validate on the 3 ones (7 samples in batches of 2 → 4 steps).
let x = Tensor([[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]])
let y = Tensor([[0], [0], [0], [0], [0], [0], [0], [1], [1], [1]])
let model = Sequential([Dense(1, activation: .sigmoid, kernelInitializer: .zeros, inputShape: [1])])
model.compile(optimizer: SGD(learningRate: 0), loss: .binaryCrossentropy, metrics: [.accuracy])
let history = model.fit(x, y, epochs: 2, batchSize: 2, validationSplit: 0.25)
print(history.keys)                      // expect: ["accuracy", "loss", "val_accuracy", "val_loss"]
print(history["loss"].count, history["accuracy"], history["val_accuracy"])   // expect: 2 [1.0, 1.0] [0.0, 0.0]
print(history["val_loss"].map { String(format: "%.4f", $0) })                // expect: ["0.6931", "0.6931"]
print(history["loss"].last! == history["loss"].first!, history["loss"].min()! > 0.69)   // expect: true true
// expect output: trainingLog (4 lines)
// expect output line: Epoch 1/2
// expect output line: 4/4 - accuracy: 1.0000 - loss: 0.6931 - val_accuracy: 0.0000 - val_loss: 0.6931
// expect output line: Epoch 2/2
// expect output line: 4/4 - accuracy: 1.0000 - loss: 0.6931 - val_accuracy: 0.0000 - val_loss: 0.6931
// validationData overrides the split: all 10 samples train (5 steps), validation on (xVal, yVal).
let xVal = Tensor([[1], [2]]), yVal = Tensor([[0], [1]])
let second = model.fit(x, y, epochs: 1, batchSize: 2, validationData: (xVal, yVal))
// History values are the float32 metrics widened to Double, as Keras's Python floats are.
print(second["accuracy"], second["val_accuracy"])   // expect: [0.699999988079071] [0.5]
// One epoch: Keras 3 prints no "Epoch 1/1" header.
// expect output: trainingLog (1 lines)
// expect output line: 5/5 - accuracy: 0.7000 - loss: 0.6931 - val_accuracy: 0.5000 - val_loss: 0.6931
// verbose 0: no training log.
let quiet = model.fit(x, y, epochs: 3, batchSize: 4, verbose: 0)
print(quiet["loss"].count, quiet.keys)   // expect: 3 ["accuracy", "loss"]
print(quiet)                             // expect: History(epochs: 3, keys: ["accuracy", "loss"])
// Keras's keyword order ports as written: engine calls take known labels in any order
// (fit declares epochs before batchSize; Keras's fit has batch_size first).
let keras = model.fit(x, y, batchSize: 4, epochs: 2, verbose: 0, validationSplit: 0.2)
print(keras["val_loss"].count)           // expect: 2
let normalizer = Normalization(inputShape: [1], axis: nil)
print(normalizer.name)                   // expect: normalization
