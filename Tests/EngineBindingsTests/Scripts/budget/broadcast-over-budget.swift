// Broadcasting can make a result far larger than either operand: it is reserved first.
let column = Tensor.zeros([100000, 1]), row = Tensor.zeros([1, 100000])
let outer = column + row
// expect error: memory limit exceeded: add of shapes (100000, 1) and (1, 100000) needs 37 GiB
// expect error kind: limit
