// model.save writes a Keras 3 .keras file (config.json + model.weights.h5 in a zip) into the
// notebook's files folder, and the page links it under the cell; loadModel reads it back with
// its layers, weights and compile settings, and predicts exactly what the saved model did.
let model = Sequential([
    Conv2D(3, kernelSize: 2, activation: .relu, inputShape: [5, 5, 1]),
    MaxPooling2D(poolSize: 2),
    Flatten(),
    Dropout(0.25),
    Dense(2, activation: .softmax),
], name: "tiny")
model.compile(optimizer: Adam(learningRate: 0.01), loss: .sparseCategoricalCrossentropy, metrics: ["accuracy"])
let x = Tensor.randomUniform([4, 5, 5, 1])
model.save("tiny.keras")
// expect output: file tiny.keras at notebook/files/tiny.keras
let loaded = loadModel("tiny.keras")
print(loaded.name)                                                  // expect: tiny
print(loaded.layers.map { $0.name })                                // expect: ["conv2d", "max_pooling2d", "flatten", "dropout", "dense"]
print(loaded.countParams())                                         // expect: 41
print(loaded.predict(x).scalars == model.predict(x).scalars)        // expect: true
// The compile settings came along: the loaded model trains straight away.
let y = Tensor([0, 1, 1, 0])
print(loaded.fit(x, y, epochs: 1, verbose: 0)["loss"].count)        // expect: 1
// Saving again replaces the file: the page keeps one link per name, with the latest size.
loaded.save("tiny.keras")
