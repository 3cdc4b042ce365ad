// timeout: 0.3
// A product that takes seconds stops inside the engine at the cell's deadline, at its line.
let a = Tensor.ones([5000, 5000])
let b = matmul(a, a)
print(b.shape)
// expect error: time limit exceeded: the cell ran longer than 0.3 s
// expect error line: 4
// expect error kind: limit
