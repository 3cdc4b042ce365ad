// A tensor bigger than the cell's memory budget is refused before it is allocated.
Tensor.randomNormal([100000, 100000])
// expect error: memory
