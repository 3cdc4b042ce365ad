// A reshape that does not fit names both shapes and the element count.
let a = Tensor([[1, 2, 3], [4, 5, 6]])
print(a.reshaped([3, -1]).shape)         // expect: [3, 2]
a.reshaped([4, -1])
// expect error: Cannot reshape a tensor of shape (2, 3) (6 elements) into shape (4, -1)
