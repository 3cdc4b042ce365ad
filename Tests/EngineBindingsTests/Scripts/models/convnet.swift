// The convnet cell of issue #12 as written: it builds, its summary is Keras 3.15.1's text
// (recorded by Benchmarks/peers/keras_conv_facts.py; the long name wraps onto a second line as
// Keras wraps it), and it trains an epoch on tiny random images [n, 28, 28, 1].
let cnn = Sequential([
    Conv2D(32, kernelSize: 3, activation: .relu, inputShape: [28, 28, 1]),
    MaxPooling2D(poolSize: 2),
    Conv2D(64, kernelSize: 5, strides: 2, padding: .same, activation: .relu),
    GlobalAveragePooling2D(),
    Dense(10, activation: .softmax),
])
cnn.summary()
// expect output: summary sequential (52234 params)
// expect output line: Model: "sequential"
// expect output line: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect output line: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect output line: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect output line: │ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ max_pooling2d (MaxPooling2D)    │ (None, 13, 13, 32)     │             0 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ conv2d_1 (Conv2D)               │ (None, 7, 7, 64)       │        51,264 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ global_average_pooling2d        │ (None, 64)             │             0 │
// expect output line: │ (GlobalAveragePooling2D)        │                        │               │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ dense (Dense)                   │ (None, 10)             │           650 │
// expect output line: └─────────────────────────────────┴────────────────────────┴───────────────┘
// expect output line:  Total params: 52,234 (204.04 KB)
// expect output line:  Trainable params: 52,234 (204.04 KB)
// expect output line:  Non-trainable params: 0 (0.00 B)
let images = Tensor.randomUniform([12, 28, 28])
let labels = Tensor((0..<12).map { Double($0 % 10) })
let x = images.expandDims(axis: -1)
print(x.shape)   // expect: [12, 28, 28, 1]
cnn.compile(optimizer: Adam(), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
let history = cnn.fit(x, labels, epochs: 1, batchSize: 4, verbose: 0)
print(history.keys, history["loss"].count, history["loss"][0] > 1.5, history["loss"][0] < 3.5)   // expect: ["accuracy", "loss"] 1 true true
print(cnn.predict(x, verbose: 0).shape)   // expect: [12, 10]
let probabilities = cnn.predict(x[0..<1], verbose: 0).sum()
print(abs(probabilities - 1) < 1e-5)   // expect: true

// Keras's "simple MNIST convnet", second model of the session: Keras numbers it conv2d_2,
// max_pooling2d_1, … (same recording).
let simple = Sequential([
    Conv2D(32, kernelSize: (3, 3), activation: .relu, inputShape: [28, 28, 1]),
    MaxPooling2D(poolSize: (2, 2)),
    Conv2D(64, kernelSize: (3, 3), activation: .relu),
    MaxPooling2D(poolSize: (2, 2)),
    Flatten(),
    Dropout(0.5),
    Dense(10, activation: .softmax),
])
simple.summary()
// expect output: summary sequential_1 (34826 params)
// expect output line: Model: "sequential_1"
// expect output line: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect output line: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect output line: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect output line: │ conv2d_2 (Conv2D)               │ (None, 26, 26, 32)     │           320 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ max_pooling2d_1 (MaxPooling2D)  │ (None, 13, 13, 32)     │             0 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ conv2d_3 (Conv2D)               │ (None, 11, 11, 64)     │        18,496 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ max_pooling2d_2 (MaxPooling2D)  │ (None, 5, 5, 64)       │             0 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ flatten (Flatten)               │ (None, 1600)           │             0 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ dropout (Dropout)               │ (None, 1600)           │             0 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ dense_1 (Dense)                 │ (None, 10)             │        16,010 │
// expect output line: └─────────────────────────────────┴────────────────────────┴───────────────┘
// expect output line:  Total params: 34,826 (136.04 KB)
// expect output line:  Trainable params: 34,826 (136.04 KB)
// expect output line:  Non-trainable params: 0 (0.00 B)
