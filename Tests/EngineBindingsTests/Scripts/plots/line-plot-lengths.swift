// x and y of different lengths are an error, not a silently shortened line.
linePlot(x: [1, 2, 3], y: [1, 2], title: "bad")
// expect error: linePlot: x has 3 values but y has 2
