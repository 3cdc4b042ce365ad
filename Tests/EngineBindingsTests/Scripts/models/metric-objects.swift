// Metric objects: a crossentropy metric beside a regularized loss shows the loss without the
// penalty (the overfitting tutorial's comparison), under Keras's key names.
let x = Tensor([[1, 0], [0, 1]]), y = Tensor([[1], [0]])
let model = Sequential([Dense(1, kernelInitializer: .ones, kernelRegularizer: .l2(0.1), inputShape: [2])])
model.compile(optimizer: SGD(learningRate: 0), loss: .binaryCrossentropy(fromLogits: true),
              metrics: [.binaryCrossentropy(fromLogits: true), "accuracy"])
let h = model.fit(x, y, epochs: 1, batchSize: 2, validationData: (x, y), verbose: 0)
print(h.keys)                            // expect: ["accuracy", "binary_crossentropy", "loss", "val_accuracy", "val_binary_crossentropy", "val_loss"]
print(String(format: "%.4f %.4f", h["loss"][0] - h["binary_crossentropy"][0], h["binary_crossentropy"][0]))   // expect: 0.2000 0.8133
// Top-k accuracy, with Keras's default k = 5 or a given k.
let scores = Tensor([[0.1, 0.5, 0.3, 0.1], [0.2, 0.3, 0.4, 0.1], [0.4, 0.3, 0.2, 0.1]])
let classifier = Sequential([Activation(.linear, inputShape: [4])])
classifier.compile(optimizer: SGD(), loss: .categoricalCrossentropy,
                   metrics: [.topKCategoricalAccuracy(k: 2), .sparseTopKCategoricalAccuracy(k: 1, name: "top1")])
print(classifier.evaluate(scores, Tensor([[0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]]), verbose: 0))
// expect error: Metric top1 needs one integer label per sample, received targets of shape (None, 4)
