// matmul is the matrix product; exp, log and sqrt work on tensors and on Doubles.
let a = Tensor([[1, 2], [3, 4]])
print(matmul(a, a).scalars)              // expect: [7.0, 10.0, 15.0, 22.0]
let x = Tensor([[1, 0, -1]])             // [1, 3]
let w = Tensor([[1, 2], [3, 4], [5, 6]]) // [3, 2]
print(matmul(x, w).shape, matmul(x, w).scalars)   // expect: [1, 2] [-4.0, -4.0]
print(matmul(w.transposed(), w).scalars) // expect: [35.0, 44.0, 44.0, 56.0]
print(matmul(a, Tensor([1, 1])).scalars) // expect: [3.0, 7.0]
print(exp(Tensor([0])).scalars)          // expect: [1.0]
print(log(Tensor([1, 1])).scalars)       // expect: [0.0, 0.0]
print(sqrt(Tensor([4, 9, 0.25])).scalars)   // expect: [2.0, 3.0, 0.5]
print(String(format: "%.5f", Double(exp(Tensor([1])).scalars[0])))   // expect: 2.71828
print(exp(0.0), log(1.0), sqrt(16.0))    // expect: 1.0 0.0 4.0
print(log(Tensor([0])).scalars)          // expect: [-inf]
print((a.exp().log() - a).abs().max() < 1e-5, a.sqrt().squared().scalars[3])   // expect: true 4.0
print(abs(Tensor([-2, 3])).scalars, abs(-2.5), abs(-3))   // expect: [2.0, 3.0] 2.5 3
