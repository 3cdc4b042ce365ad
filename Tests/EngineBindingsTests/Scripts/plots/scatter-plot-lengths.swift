// x and y of different lengths are an error.
scatterPlot(x: [1, 2, 3], y: [1, 2], title: "bad")
// expect error: scatterPlot: x has 3 values but y has 2
