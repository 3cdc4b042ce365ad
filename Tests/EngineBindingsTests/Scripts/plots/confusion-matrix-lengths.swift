// As many predictions as true labels.
confusionMatrix(Tensor([0, 1, 1]), Tensor([0, 1]))
// expect error: confusionMatrix: 3 true labels but 2 predictions
