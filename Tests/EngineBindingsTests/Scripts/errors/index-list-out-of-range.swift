// An index list with an entry out of range is an error.
let a = Tensor([1, 2, 3])
a[[0, 3]]
// expect error: Index 3 is out of range for axis 0 with size 3
