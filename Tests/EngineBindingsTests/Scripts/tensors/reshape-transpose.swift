// reshaped keeps row-major order and infers one -1 dimension; transposed swaps the two axes.
let grid = Tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]])
print(grid.reshaped([-1]).shape)         // expect: [12]
print(grid.reshaped([2, -1]).shape)      // expect: [2, 6]
print(grid.reshaped([-1, 4]).shape)      // expect: [3, 4]
print(grid.reshaped([3, -1, 2]).shape)   // expect: [3, 2, 2]
print(grid.reshaped([2, 6])[1].scalars)  // expect: [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]
print(grid.reshaped([-1, 1]).shape)      // expect: [12, 1]
let m = Tensor([[1, 2, 3], [4, 5, 6]])
print(m.transposed().shape, m.transposed().scalars)   // expect: [3, 2] [1.0, 4.0, 2.0, 5.0, 3.0, 6.0]
print(m.T.scalars == m.transposed().scalars)          // expect: true
print(m.flattened().shape)               // expect: [6]
