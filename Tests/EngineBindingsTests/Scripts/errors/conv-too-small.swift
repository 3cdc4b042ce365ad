// A window larger than the image without padding leaves no output.
let model = Sequential([Conv2D(4, kernelSize: 5, inputShape: [3, 3, 1])])
model.predict(Tensor.zeros([1, 3, 3, 1]))
// expect error: Layer "conv2d" (Conv2D): computed output size would be negative or zero: input shape (None, 3, 3, 1) is smaller than the window (5, 5) with padding "valid"
