// Labels out of range, even Int.max, are clean errors (no size is computed from them first).
confusionMatrix([0, 1], [1, 0], classNames: ["a", "b"])
// expect output: figure heatmap "Confusion matrix"
confusionMatrix([Int.max], [0])
// expect error: confusionMatrix: label 9223372036854775807 is out of range
// expect error line: 4
