// summary() emits Keras 3's table, here compared line by line with Keras's own output for a
// 784-128-10 model; a model shown as a cell's last value is its summary too.
let model = Sequential([Dense(128, activation: .relu, inputShape: [784]), Dense(10, activation: .softmax)])
model.summary()
// expect output: summary sequential (101770 params)
// expect output line: Model: "sequential"
// expect output line: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect output line: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect output line: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect output line: │ dense (Dense)                   │ (None, 128)            │       100,480 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ dense_1 (Dense)                 │ (None, 10)             │         1,290 │
// expect output line: └─────────────────────────────────┴────────────────────────┴───────────────┘
// expect output line:  Total params: 101,770 (397.54 KB)
// expect output line:  Trainable params: 101,770 (397.54 KB)
// expect output line:  Non-trainable params: 0 (0.00 B)
// Default names count across the notebook, as Keras counts them per session: this second
// model is sequential_1 and its Dense is dense_2.
// Non-trainable parameters: BatchNormalization's moving mean and variance. (Named "bn" so the
// row fits; Keras wraps longer names onto a second line, see the report.)
let bn = Sequential([Dense(8, inputShape: [4]), BatchNormalization(name: "bn"), Dropout(0.1)])
bn.summary()
// expect output: summary sequential_1 (72 params)
// expect output line: Model: "sequential_1"
// expect output line: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect output line: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect output line: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect output line: │ dense_2 (Dense)                 │ (None, 8)              │            40 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ bn (BatchNormalization)         │ (None, 8)              │            32 │
// expect output line: ├─────────────────────────────────┼────────────────────────┼───────────────┤
// expect output line: │ dropout (Dropout)               │ (None, 8)              │             0 │
// expect output line: └─────────────────────────────────┴────────────────────────┴───────────────┘
// expect output line:  Total params: 72 (288.00 B)
// expect output line:  Trainable params: 56 (224.00 B)
// expect output line:  Non-trainable params: 16 (64.00 B)
bn
// expect output: summary sequential_1 (72 params)
