// scatterPlot: plain points, points coloured by class, and points with a fitted line.
scatterPlot(x: [1, 2, 3, 4], y: [1.1, 1.9, 3.2, 3.9], title: "Points", xLabel: "x", yLabel: "y")
// expect output: figure scatter "Points"
// expect output line: scatter axes "x" "y": 4 points, classes []
scatterPlot(x: [0, 1, 0, 1], y: [0, 0, 1, 1], labels: [0, 1, 1, 0], title: "XOR", xLabel: "x₁", yLabel: "x₂")
// expect output: figure scatter "XOR"
// expect output line: scatter axes "x₁" "x₂": 4 points, classes [0, 1, 1, 0]
scatterPlot(x: [1, 2, 3, 4], y: [1.1, 1.9, 3.2, 3.9], lineX: [1, 4], lineY: [1, 4],
            title: "Points and a fitted line", xLabel: "x", yLabel: "y")
// expect output: figure scatter "Points and a fitted line"
// expect output line: scatter axes "x" "y": 4 points, classes [], lines fit[2]
// Words beside their points (a 2-D projection of word vectors).
scatterPlot(x: [0, 1], y: [1, 0], pointLabels: ["good", "bad"], title: "Words")
// expect output: figure scatter "Words"
// expect output line: scatter axes "" "": 2 points, classes [], point labels ["good", "bad"]
scatterPlot(x: [0, 1], y: [1, 0], pointLabels: ["good"])
// expect error: scatterPlot: 2 points but 1 pointLabels
