// A one-hot encoding too large for the budget is refused before it is allocated.
toCategorical(Tensor([0, 1]), classes: 1_000_000_000)
// expect error: memory limit exceeded: toCategorical of 2 labels into 1000000000 classes needs 7.5 GiB
// expect error kind: limit
