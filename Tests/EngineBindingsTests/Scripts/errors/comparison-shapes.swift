// Comparing tensors whose shapes do not broadcast is an error naming both shapes.
let a = Tensor([1, 2, 3])
let b = Tensor([1, 2])
print(a > b)
// expect error: greater: shapes (3,) and (2,) are incompatible
// expect error line: 4
