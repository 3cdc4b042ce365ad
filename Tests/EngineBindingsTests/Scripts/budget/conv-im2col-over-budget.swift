// A convolution's packed input (im2col: every window as a row) is 7·7·3 = 147 times the size
// of the window positions; one that does not fit the cell's budget is refused, not allocated.
// memory: 300000000
let model = Sequential([Conv2D(8, kernelSize: 7, inputShape: [256, 256, 3])])
let x = Tensor.zeros([32, 256, 256, 3])
let y = model.predict(x, verbose: 0)
// expect error: memory limit exceeded: a convolution layer's im2col buffer of 294000000 values needs
// expect error line: 6
// expect error kind: limit
