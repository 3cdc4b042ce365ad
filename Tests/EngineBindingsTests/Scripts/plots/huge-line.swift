// A line plot of ten million points is refused with the cap, instead of building a huge page.
linePlot(y: Tensor.zeros([10_000_000]))
// expect error: linePlot: 10000000 values is more than the 100000 a figure can show
// expect error line: 2
