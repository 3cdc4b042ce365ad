// Reductions without an axis give a Double; with an axis, a tensor with that axis removed.
let a = Tensor([[1, 5, 3], [7, 2, 0]])
print(a.sum(), a.mean(), a.max(), a.min())     // expect: 18.0 3.0 7.0 0.0
print(a.sum(axis: 0).shape, a.sum(axis: 0).scalars)   // expect: [3] [8.0, 7.0, 3.0]
print(a.sum(axis: 1).scalars)            // expect: [9.0, 9.0]
print(a.mean(axis: 0).scalars)           // expect: [4.0, 3.5, 1.5]
// std is the population standard deviation, as numpy's default (values from numpy on the same array).
print(String(format: "%.6f", a.std()), a.std(axis: 0).scalars)   // expect: 2.380476 [3.0, 1.5, 1.5]
print(a.max(axis: 1).scalars, a.min(axis: 0).scalars)  // expect: [5.0, 7.0] [1.0, 2.0, 0.0]
print(a.argmax(axis: 1).scalars)         // expect: [1.0, 0.0]
print(a.argmax(axis: 0).scalars)         // expect: [1.0, 0.0, 0.0]
print(a.argmax(), a.argmin())            // expect: 3 5
let probabilities = Tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
let predicted = probabilities.argmax(axis: 1)
print(predicted.scalars.map { Int($0) }) // expect: [1, 0]
let sum: Double = a.sum()
print(sum / 2)                           // expect: 9.0
