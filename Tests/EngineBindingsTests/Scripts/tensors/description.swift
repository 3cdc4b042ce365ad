// Printing a tensor looks like NumPy: whole numbers as "1.", a common width, and tensors above
// 1000 elements elided to their first and last three entries per axis.
let a = Tensor([[1, 2], [3, 4]])
print("z =", a)
// expect: z = [[1. 2.]
// expect:  [3. 4.]]
print(Tensor([0.5, 1.25, -3]))           // expect: [ 0.5   1.25 -3.  ]
print(Tensor([[[1, 2]], [[3, 4]]]))
// expect: [[[1. 2.]]
// expect: 
// expect:  [[3. 4.]]]
print(Tensor.zeros([40, 40]))
// expect: [[0. 0. 0. ... 0. 0. 0.]
// expect:  [0. 0. 0. ... 0. 0. 0.]
// expect:  [0. 0. 0. ... 0. 0. 0.]
// expect:  ...
// expect:  [0. 0. 0. ... 0. 0. 0.]
// expect:  [0. 0. 0. ... 0. 0. 0.]
// expect:  [0. 0. 0. ... 0. 0. 0.]]
print(Tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]).reshaped([-1]))   // expect: [ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11.]
a[0..<1]
// expect output: value [[1. 2.]]
