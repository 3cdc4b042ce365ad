// Random tensors meet the same budget as every other tensor.
Tensor.randomNormal([50000, 50000])
// expect error: memory limit exceeded: Tensor.randomNormal([50000, 50000]) needs 9.3 GiB; the cell's memory budget is 2 GiB
// expect error kind: limit
