// Layers keep their types: `is` checks, names with Keras's per-model counters, and descriptions.
let model = Sequential([
    Dense(8, activation: .relu, inputShape: [4]),
    Dropout(0.2),
    BatchNormalization(),
    Dense(8),
    Activation(.tanh),
    LeakyReLU(),
    Flatten(),
    Dense(2, activation: .softmax),
])
print(model.layers.count)                // expect: 8
print(model.layers[0] is Dense, model.layers[1] is Dropout, model.layers[1] is Dense)   // expect: true true false
print(model.layers[2] is BatchNormalization, model.layers[4] is Activation, model.layers[5] is LeakyReLU, model.layers[6] is Flatten)   // expect: true true true true
print(model.layers.filter { $0 is Dense }.count)      // expect: 3
print(model.layers.map { $0.name })
// expect: ["dense", "dropout", "batch_normalization", "dense_1", "activation", "leaky_re_lu", "flatten", "dense_2"]
print(model.layers[1])                   // expect: <Dropout name=dropout, built=true>
print(Dense(3, name: "hidden").name)     // expect: hidden
