// Dropout, BatchNormalization, Flatten, Activation and LeakyReLU: parameters and inference outputs.
let dropout = Sequential([Dense(2, kernelInitializer: .ones, inputShape: [2]), Dropout(0.5)])
print(dropout.predict(Tensor([[1, 2]]), verbose: 0).scalars)   // expect: [3.0, 3.0]
print(dropout.layers[1].countParams(), dropout.layers[1].getWeights().count)   // expect: 0 0
// BatchNormalization at inference uses the moving statistics (mean 0, variance 1 at first):
// y = x / sqrt(1 + 0.001).
let bn = Sequential([BatchNormalization(inputShape: [2])])
print(bn.predict(Tensor([[2, -1]]), verbose: 0).scalars.map { String(format: "%.6f", Double($0)) })   // expect: ["1.999001", "-0.999500"]
print(bn.countParams(), bn.getWeights().map { $0.shape })        // expect: 8 [[2], [2], [2], [2]]
print(bn.getWeights().map { $0.scalars })                       // expect: [[1.0, 1.0], [0.0, 0.0], [0.0, 0.0], [1.0, 1.0]]
let flatten = Sequential([Flatten(inputShape: [2, 3])])
print(flatten.predict(Tensor([[[1, 2, 3], [4, 5, 6]]]), verbose: 0).shape, flatten.layers[0].outputShape!)   // expect: [1, 6] [6]
let relu = Sequential([Activation(.relu, inputShape: [2])])
print(relu.predict(Tensor([[-1, 2]]), verbose: 0).scalars)      // expect: [0.0, 2.0]
let leaky = Sequential([LeakyReLU(inputShape: [2])])
print(leaky.predict(Tensor([[-1, 2]]), verbose: 0).scalars.map { String(format: "%.2f", Double($0)) })   // expect: ["-0.30", "2.00"]
let leaky1 = Sequential([LeakyReLU(negativeSlope: 0.1, inputShape: [1])])
print(leaky1.predict(Tensor([[-10]]), verbose: 0).scalars)     // expect: [-1.0]
print(Sequential([Dense(4, inputShape: [3]), Activation(.softmax), Flatten()]).countParams())   // expect: 16
