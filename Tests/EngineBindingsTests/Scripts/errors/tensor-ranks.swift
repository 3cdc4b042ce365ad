// Tensors have rank 0 to 5.
let scalar = Tensor(5)
print(scalar.shape, scalar)              // expect: [] 5.0
print(Tensor.zeros([1, 1, 1, 1, 2]).shape)   // expect: [1, 1, 1, 1, 2]
Tensor.zeros([1, 1, 1, 1, 1, 2])
// expect error: rank 6 is above the maximum 5
