// Plots of empty inputs draw empty figures; none of them crashes.
linePlot(y: [Double](), title: "empty line")
// expect output: figure line "empty line"
scatterPlot(x: [Double](), y: [Double](), title: "empty scatter")
// expect output: figure scatter "empty scatter"
histogram([Double](), title: "empty histogram")
// expect output: figure histogram "empty histogram"
barChart(labels: [String](), values: [Double](), title: "empty bars")
// expect output: figure bar "empty bars"
confusionMatrix([Int](), [Int](), title: "empty matrix")
// expect output: figure heatmap "empty matrix"
imageGrid(Tensor.zeros([0, 28, 28]), title: "no images")
// expect output: figure imageGrid "no images"
imageGrid(Tensor.zeros([3, 0]))
// expect error: imageGrid: images of shape [3, 0] have no pixels
