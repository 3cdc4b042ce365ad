// A kernel regularizer adds its penalty to the loss once, unscaled: with a perfect fit (x = 0,
// y = 0) the loss is the penalty alone. Kernel [[2], [-3]]: Σ|w| = 5, Σw² = 13.
let x = Tensor([[0, 0], [0, 0]]), y = Tensor([[0], [0]])
func penalty(_ model: Sequential) -> String {
    model.compile(optimizer: SGD(), loss: .meanSquaredError)
    model.setWeights([Tensor([[2], [-3]]), Tensor([0])])
    return String(format: "%.4f", model.evaluate(x, y, verbose: 0))
}
print(penalty(Sequential([Dense(1, inputShape: [2])])))                                        // expect: 0.0000
print(penalty(Sequential([Dense(1, kernelRegularizer: .l2(0.1), inputShape: [2])])))           // expect: 1.3000
print(penalty(Sequential([Dense(1, kernelRegularizer: .l1(0.1), inputShape: [2])])))           // expect: 0.5000
print(penalty(Sequential([Dense(1, kernelRegularizer: .l1l2(l1: 0.1, l2: 0.01), inputShape: [2])])))   // expect: 0.6300
print(penalty(Sequential([Dense(1, activation: .relu, kernelRegularizer: .l2(0.001), inputShape: [2])])))   // expect: 0.0130
