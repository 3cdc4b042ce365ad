// Comparisons with a tensor on either side are element-wise and give 0/1 tensors, as in NumPy;
// numbers still compare as numbers.
let p = Tensor([0.2, 0.7, 0.5])
print((p > 0.5).scalars, (p >= 0.5).scalars)     // expect: [0.0, 1.0, 0.0] [0.0, 1.0, 1.0]
print((p < 0.5).scalars, (p <= 0.5).scalars)     // expect: [1.0, 0.0, 0.0] [1.0, 0.0, 1.0]
print((0.5 < p).scalars, (1 > p).scalars)        // expect: [0.0, 1.0, 0.0] [1.0, 1.0, 1.0]
print((p <= Tensor([0.2, 0.1, 0.9])).scalars)    // expect: [1.0, 0.0, 1.0]
let column = Tensor([[0.3], [0.6]])
print((p > column).shape, (p > column).scalars)  // expect: [2, 3] [0.0, 1.0, 1.0, 0.0, 1.0, 0.0]
print(String(format: "%.4f", (p > 0.4).mean()))  // expect: 0.6667
let rows = Tensor([[1, 2], [3, 4], [5, 6]])
print(rows[mask: p > 0.3].scalars)               // expect: [3.0, 4.0, 5.0, 6.0]
print(1 < 2, 2.0 >= 3.0)                         // expect: true false
