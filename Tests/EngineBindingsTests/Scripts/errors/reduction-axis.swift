// Axes are checked; -1 is the last axis; reductions of empty tensors have no maximum.
let a = Tensor([[1, 2], [3, 4]])
print(a.sum(axis: -1).scalars)           // expect: [3.0, 7.0]
print(Tensor.zeros([0]).sum())           // expect: 0.0
a.argmax(axis: 5)
// expect error: argmax: axis 5 is out of range for a tensor of shape (2, 2)
