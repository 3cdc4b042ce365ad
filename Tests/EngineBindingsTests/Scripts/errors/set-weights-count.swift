// setWeights needs one tensor per weight.
let model = Sequential([Dense(2, inputShape: [3])])
model.setWeights([Tensor.zeros([3, 2])])
// expect error: 2
