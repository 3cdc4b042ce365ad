// setWeights checks every shape against the layer's.
let model = Sequential([Dense(2, inputShape: [3])])
print(model.getWeights().map { $0.shape })   // expect: [[3, 2], [2]]
model.setWeights([Tensor.zeros([2, 3]), Tensor.zeros([2])])
// expect error: (3, 2)
