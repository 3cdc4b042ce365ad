// Zero-sized tensors reshape like any other, but -1 cannot be inferred next to a zero.
let empty = Tensor.zeros([0, 3])
print(empty.shape, empty.reshaped([3, 0]).shape)   // expect: [0, 3] [3, 0]
empty.reshaped([0, -1])
// expect error: -1 cannot be inferred next to a zero dimension
