// Conv2D on flat rows: the message says what shape it takes and how to get it.
let model = Sequential([Conv2D(8, kernelSize: 3, activation: .relu, inputShape: [784]), Flatten(), Dense(10)])
model.summary()
// expect error: Input 0 of layer "conv2d" (Conv2D) is incompatible with the layer: expected ndim=4, found ndim=2. Full shape received: (None, 784) (it takes images [height, width, channels], e.g. x.reshaped([-1, 28, 28, 1]))
