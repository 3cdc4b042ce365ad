// toCategorical one-hot encodes class numbers; the class count defaults to the largest + 1.
let labels = Tensor([0, 2, 1])
print(toCategorical(labels, classes: 3).scalars)   // expect: [1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0]
print(toCategorical(labels).shape)                 // expect: [3, 3]
print(toCategorical(labels, classes: 5).shape)     // expect: [3, 5]
let oneHot = toCategorical(Tensor([9, 0]), classes: 10)
print(oneHot.argmax(axis: 1).scalars, oneHot.sum())   // expect: [9.0, 0.0] 2.0
