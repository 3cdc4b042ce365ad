// confusionMatrix counts rows = true class, columns = predicted class.
confusionMatrix(Tensor([0, 1, 1, 2]), Tensor([0, 1, 2, 2]), classNames: ["a", "b", "c"])
// expect output: figure heatmap "Confusion matrix"
// expect output line: heatmap axes "Predicted label" "True label": rows ["a", "b", "c"], values [["1", "0", "0"], ["0", "1", "1"], ["0", "0", "1"]]
let probabilities = Tensor([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
confusionMatrix(Tensor([0, 1, 1]), probabilities.argmax(axis: 1), title: "Argmax")
// expect output: figure heatmap "Argmax"
// expect output line: heatmap axes "Predicted label" "True label": rows ["0", "1"], values [["1", "0"], ["1", "1"]]
