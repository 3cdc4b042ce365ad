// Labels must be non-negative whole numbers.
toCategorical(Tensor([1, -1]))
// expect error: toCategorical: label -1.0 at index 1 is not a non-negative integer
