// A negative dimension is an error, not a crash.
Tensor.zeros([2, -3])
// expect error: -3
