// barChart and histogram.
barChart(labels: ["SGD", "Adam"], values: [0.81, 0.86])
// expect output: figure bar ""
// expect output line: bar axes "" "": SGD=0.81 Adam=0.86
barChart(labels: ["a", "b", "c"], values: [1, 2, 3], title: "Counts", xLabel: "letter", yLabel: "n")
// expect output: figure bar "Counts"
// expect output line: bar axes "letter" "n": a=1.0 b=2.0 c=3.0
histogram((0..<200).map { _ in Double.random(in: 0...1) + Double.random(in: 0...1) }, title: "Sums")
// expect output: figure histogram "Sums"
// expect output line: histogram axes "" "Count": [200]
histogram([1, 2, 2, 3], bins: 3)
// expect output: figure histogram ""
