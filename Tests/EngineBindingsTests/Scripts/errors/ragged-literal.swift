// Rows of different lengths do not make a tensor.
let t = Tensor([[1, 2], [3]])
// expect error: nested arrays have different lengths
// expect error line: 2
