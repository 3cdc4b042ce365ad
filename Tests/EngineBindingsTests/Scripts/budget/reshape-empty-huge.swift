// Reshaping an empty tensor into dimensions whose product overflows is refused the same way.
Tensor.zeros([0]).reshaped([0, 10_000_000_000, 10_000_000_000])
// expect error: Cannot reshape a tensor of shape (0,) (0 elements) into shape (0, 10000000000, 10000000000)
