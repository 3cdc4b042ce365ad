// Tensor(shape:scalars:) needs exactly as many scalars as the shape holds.
let t = Tensor(shape: [2, 3], scalars: [1, 2, 3])
// expect error: (2, 3)
