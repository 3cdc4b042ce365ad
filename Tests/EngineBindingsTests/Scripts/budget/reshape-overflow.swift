// A reshape into a shape whose product overflows is an error, not a trap.
Tensor.zeros([2, 3]).reshaped([Int.max, 4])
// expect error: Cannot reshape a tensor of shape (2, 3) (6 elements) into shape (9223372036854775807, 4)
