// An unknown optimizer name lists the known ones.
let model = Sequential([Dense(1, inputShape: [1])])
model.compile(optimizer: "nadam", loss: .meanSquaredError)
// expect error: unknown optimizer "nadam"
