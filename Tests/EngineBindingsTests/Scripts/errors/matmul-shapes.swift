// A matrix product of mismatched shapes names the function and both shapes, at the calling line.
let grid = Tensor([[0, 1, 2], [3, 4, 5]])
let a = Tensor([[1, 2], [3, 4]])
print(matmul(a, grid).shape)             // expect: [2, 3]
matmul(grid, a)
// expect error: matmul: shapes (2, 3) and (2, 2) are incompatible
// expect error line: 5
