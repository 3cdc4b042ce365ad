// Negative dimensions other than -1 are refused by reshape, and shapes that overflow never match.
let a = Tensor.zeros([2, 3])
a.reshaped([2, -3])
// expect error: dimension -3 is negative
