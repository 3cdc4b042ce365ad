// Creation refuses negative dimensions (zero is fine).
print(Tensor.zeros([0, 4]).shape, Tensor.ones([3, 0]).count)   // expect: [0, 4] 0
Tensor.ones([3, -1])
// expect error: Tensor.ones([3, -1]): shape (3, -1) has a negative dimension -1
// expect error kind: host
