// At most one dimension of a reshape may be -1.
let a = Tensor.zeros([2, 3])
print(a.reshaped([-1]).shape)   // expect: [6]
a.reshaped([-1, -1])
// expect error: Cannot reshape a tensor of shape (2, 3) (6 elements) into shape (-1, -1): at most one dimension may be -1
// expect error line: 4
