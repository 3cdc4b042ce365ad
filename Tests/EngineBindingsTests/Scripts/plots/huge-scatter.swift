// Scatter plots have a cap too.
let x = Tensor.zeros([1_000_000])
scatterPlot(x: x, y: x)
// expect error: scatterPlot: 1000000 values is more than the 20000 a figure can show
