// A Bool mask must have one entry per row.
let a = Tensor([[1, 2], [3, 4], [5, 6]])
a[[true, false]]
// expect error: Boolean mask of length 2 does not match axis 0 of shape (3, 2)
