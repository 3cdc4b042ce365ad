// linePlot draws one series or several (with labels); each call is one figure with its title.
let xs = (0...20).map { Double($0) / 4 }
linePlot(x: xs, y: [xs.map { sin($0) }, xs.map { cos($0) }], labels: ["sin", "cos"],
         title: "Two waves", xLabel: "x", yLabel: "value")
// expect output: figure line "Two waves"
// expect output line: line axes "x" "value": sin[21] cos[21]
linePlot(x: [1, 2, 3], y: [2, 4, 6], title: "One line", xLabel: "epoch", yLabel: "loss")
// expect output: figure line "One line"
// expect output line: line axes "epoch" "loss": [3]
let losses = [0.9, 0.5, 0.3]
linePlot(y: losses)
// expect output: figure line ""
