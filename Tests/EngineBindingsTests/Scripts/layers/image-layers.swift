// Convolution, pooling and shape layers in cells: sizes as a number, a tuple or an array,
// padding as .same or "same", and outputs small enough to compute by hand.
let image = Tensor(shape: [1, 3, 3, 1], scalars: [1, 2, 3, 4, 5, 6, 7, 8, 9])
// A 2×2 kernel of ones sums each window; "same" pads one row and column after.
let sums = Sequential([Conv2D(1, kernelSize: 2, padding: .same, kernelInitializer: .ones, inputShape: [3, 3, 1])])
print(sums.predict(image, verbose: 0).scalars)   // expect: [12.0, 16.0, 9.0, 24.0, 28.0, 15.0, 15.0, 17.0, 9.0]
let valid = Sequential([Conv2D(2, kernelSize: (2, 3), strides: [1, 1], padding: "valid", kernelInitializer: .ones, inputShape: [3, 3, 1])])
print(valid.predict(image, verbose: 0).shape, valid.layers[0].getWeights().map { $0.shape })   // expect: [1, 2, 1, 2] [[2, 3, 1, 2], [2]]
print(valid.predict(image, verbose: 0).scalars)   // expect: [21.0, 21.0, 39.0, 39.0]
let noBias = Conv2D(3, kernelSize: 3, strides: 2, padding: .same, useBias: false)
print(Sequential([noBias], name: "m").countParams())   // expect: 0
print(Sequential([Conv2D(3, kernelSize: 3, strides: 2, padding: .same, useBias: false, inputShape: [5, 5, 2])]).countParams())   // expect: 54
print(Sequential([MaxPooling2D(inputShape: [3, 3, 1])]).predict(image, verbose: 0).scalars)   // expect: [5.0]
print(Sequential([MaxPooling2D(poolSize: 2, strides: 1, inputShape: [3, 3, 1])]).predict(image, verbose: 0).scalars)   // expect: [5.0, 6.0, 8.0, 9.0]
// Keras: "same" average pooling counts only the cells inside the image.
print(Sequential([AveragePooling2D(poolSize: 2, padding: .same, inputShape: [3, 3, 1])]).predict(image, verbose: 0).scalars)   // expect: [3.0, 4.5, 7.5, 9.0]
print(Sequential([GlobalAveragePooling2D(inputShape: [3, 3, 1])]).predict(image, verbose: 0).scalars)   // expect: [5.0]
print(Sequential([GlobalMaxPooling2D(inputShape: [3, 3, 1])]).predict(image, verbose: 0).scalars)   // expect: [9.0]
// Sequences [steps, channels].
let steps = Tensor(shape: [1, 5, 1], scalars: [1, 2, 3, 4, 5])
print(Sequential([Conv1D(1, kernelSize: 2, kernelInitializer: .ones, inputShape: [5, 1])]).predict(steps, verbose: 0).scalars)   // expect: [3.0, 5.0, 7.0, 9.0]
print(Sequential([MaxPooling1D(poolSize: 2, inputShape: [5, 1])]).predict(steps, verbose: 0).scalars)   // expect: [2.0, 4.0]
print(Sequential([AveragePooling1D(poolSize: 3, strides: 2, padding: .same, inputShape: [5, 1])]).predict(steps, verbose: 0).scalars)   // expect: [1.5, 3.0, 4.5]
print(Sequential([GlobalAveragePooling1D(inputShape: [5, 1])]).predict(steps, verbose: 0).scalars)   // expect: [3.0]
print(Sequential([GlobalMaxPooling1D(inputShape: [5, 1])]).predict(steps, verbose: 0).scalars)   // expect: [5.0]
// Shape layers: Reshape takes flat pixels to images; Rescaling maps 0…255 to 0…1; Softmax.
let flat = Tensor(shape: [2, 4], scalars: [0, 51, 102, 255, 255, 0, 0, 0])
let toImages = Sequential([Rescaling(1.0 / 255, inputShape: [4]), Reshape([2, 2, 1])])
print(toImages.predict(flat, verbose: 0).shape, toImages.predict(flat, verbose: 0).scalars.map { String(format: "%.1f", Double($0)) })   // expect: [2, 2, 2, 1] ["0.0", "0.2", "0.4", "1.0", "1.0", "0.0", "0.0", "0.0"]
print(Sequential([Rescaling(2, offset: -1, inputShape: [1])]).predict(Tensor([[3]]), verbose: 0).scalars)   // expect: [5.0]
print(Sequential([Softmax(inputShape: [2])]).predict(Tensor([[0, 0]]), verbose: 0).scalars)   // expect: [0.5, 0.5]
print(noBias.name, noBias.outputShape == nil)   // expect: conv2d_2 true
print(flat.reshape([2, 2, 2]).shape, flat.expandDims(axis: 1).shape, flat.expandDims(axis: 0).shape)   // expect: [2, 2, 2] [2, 1, 4] [1, 2, 4]
let described = Conv2D(16, kernelSize: (5, 3), strides: 2, padding: .same)
print(described.filters, described.kernelSize, described.strides, described.padding)   // expect: 16 (5, 3) (2, 2) same
let pooled = MaxPooling1D(poolSize: 3)
print(pooled.poolSize, pooled.strides, pooled.padding, Conv1D(4, kernelSize: 2).kernelSize)   // expect: 3 3 valid 2
