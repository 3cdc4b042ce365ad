// A 10,000-class confusion matrix (a 10⁴×10⁴ heatmap) is refused: labels must stay below the cap.
confusionMatrix(Tensor([0, 9999]), Tensor([0, 1]))
// expect error: confusionMatrix: label 9999 is out of range: labels must be between 0 and 99 (a figure shows at most 100 classes)
