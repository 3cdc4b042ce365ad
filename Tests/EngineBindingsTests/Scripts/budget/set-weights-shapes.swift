// setWeights refuses wrong shapes and counts with the layer's names, for layers and models.
let model = Sequential([Dense(2, inputShape: [3])])
let layer = model.layers[0]
layer.setWeights([Tensor.zeros([3, 2]), Tensor.zeros([2])])
model.setWeights([Tensor.zeros([3, 2]), Tensor.zeros([3])])
// expect error: Layer "dense" weight "bias" has shape (2,), received a value of shape (3,)
// expect error line: 5
