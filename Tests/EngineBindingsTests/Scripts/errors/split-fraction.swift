// The test fraction must leave both parts non-empty.
trainTestSplit(Tensor([[1], [2]]), Tensor([1, 2]), testFraction: 0)
// expect error: trainTestSplit: testFraction must be between 0 and 1, got 0.0
