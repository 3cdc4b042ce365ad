// x and y must have the same number of samples to be split together.
let parts = trainTestSplit(Tensor([[1], [2], [3]]), Tensor([1, 2]), testFraction: 0.5)
// expect error: 3
