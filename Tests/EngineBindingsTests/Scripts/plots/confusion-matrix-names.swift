// With class names, labels must index them.
confusionMatrix([0, 2], [1, 0], classNames: ["a", "b"])
// expect error: confusionMatrix: label 2 is out of range for 2 class names: labels must be between 0 and 1
