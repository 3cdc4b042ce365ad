// Element-wise arithmetic on shapes that do not broadcast names the operation and both shapes.
let a = Tensor([[1, 2, 3], [4, 5, 6]])
let b = Tensor([1, 2])
let c = a + b
// expect error: add: shapes (2, 3) and (2,) are incompatible
// expect error line: 4
