// trainTestSplit returns (xTrain, xTest, yTrain, yTest) like scikit-learn: nTest = ceil(f·N),
// rows shuffled (seeded) but kept paired, test fraction 0.25 by default.
let features = Tensor([[1], [2], [3], [4], [5]])
let targets = Tensor([10, 20, 30, 40, 50])
let (xTrain, xTest, yTrain, yTest) = trainTestSplit(features, targets, testFraction: 0.4, seed: 1)
print(xTrain.shape, xTest.shape, yTrain.shape, yTest.shape)   // expect: [3, 1] [2, 1] [3] [2]
print((xTrain * 10).reshaped([-1]).scalars == yTrain.scalars, (xTest * 10).reshaped([-1]).scalars == yTest.scalars)   // expect: true true
print((xTrain.scalars + xTest.scalars).sorted())   // expect: [1.0, 2.0, 3.0, 4.0, 5.0]
let (a, b, _, _) = trainTestSplit(features, targets, testFraction: 0.4, seed: 1)
print(a.scalars == xTrain.scalars, b.scalars == xTest.scalars)   // expect: true true
let ten = Tensor([[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]])
let (tenTrain, tenTest, _, _) = trainTestSplit(ten, ten, seed: 3)
print(tenTrain.count, tenTest.count)     // expect: 7 3
let (ordered, last, _, _) = trainTestSplit(features, targets, testFraction: 0.4, shuffle: false)
print(ordered.scalars, last.scalars)     // expect: [1.0, 2.0, 3.0] [4.0, 5.0]
// Without a seed argument the notebook seed decides.
let (byNotebookSeed, _, _, _) = trainTestSplit(ten, ten)
print("order:", byNotebookSeed.scalars)  // expect: order: ...
// expect seeded
