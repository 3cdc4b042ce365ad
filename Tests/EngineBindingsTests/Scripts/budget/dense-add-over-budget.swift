// model.add refuses the layer the same way and leaves the model as it was.
let model = Sequential([Dense(4, inputShape: [3])])
do {
    try model.add(Dense(1_000_000_000))
} catch {
    print("caught")
}
// expect error: memory limit exceeded: Dense layer "dense_1" kernel of shape (4, 1000000000) needs 15 GiB
// expect error line: 4
// expect error kind: limit
