// Every activation label on a one-unit Dense layer with a kernel of ones, at x = -1, 0, 1.
let x = Tensor([[-1], [0], [1]])
func show(_ name: String, _ model: Sequential) {
    let p = model.predict(x, verbose: 0).scalars
    print(name, p.map { String(format: "%.4f", Double($0)) }.joined(separator: " "))
}
show("relu", Sequential([Dense(1, activation: .relu, kernelInitializer: .ones, inputShape: [1])]))           // expect: relu 0.0000 0.0000 1.0000
show("sigmoid", Sequential([Dense(1, activation: .sigmoid, kernelInitializer: .ones, inputShape: [1])]))     // expect: sigmoid 0.2689 0.5000 0.7311
show("tanh", Sequential([Dense(1, activation: .tanh, kernelInitializer: .ones, inputShape: [1])]))           // expect: tanh -0.7616 0.0000 0.7616
show("leakyRelu", Sequential([Dense(1, activation: .leakyRelu, kernelInitializer: .ones, inputShape: [1])])) // expect: leakyRelu -0.2000 0.0000 1.0000
show("elu", Sequential([Dense(1, activation: .elu, kernelInitializer: .ones, inputShape: [1])]))             // expect: elu -0.6321 0.0000 1.0000
show("selu", Sequential([Dense(1, activation: .selu, kernelInitializer: .ones, inputShape: [1])]))           // expect: selu -1.1113 0.0000 1.0507
show("softplus", Sequential([Dense(1, activation: .softplus, kernelInitializer: .ones, inputShape: [1])]))   // expect: softplus 0.3133 0.6931 1.3133
show("swish", Sequential([Dense(1, activation: .swish, kernelInitializer: .ones, inputShape: [1])]))         // expect: swish -0.2689 0.0000 0.7311
show("linear", Sequential([Dense(1, activation: .linear, kernelInitializer: .ones, inputShape: [1])]))       // expect: linear -1.0000 0.0000 1.0000
show("default", Sequential([Dense(1, kernelInitializer: .ones, inputShape: [1])]))                           // expect: default -1.0000 0.0000 1.0000
// softmax over the last axis: kernel [[1, -1]] gives logits (x, -x), so P = σ(2x), σ(-2x).
let softmax = Sequential([Dense(2, activation: .softmax, inputShape: [1])])
softmax.setWeights([Tensor([[1, -1]]), Tensor([0, 0])])
show("softmax", softmax)                 // expect: softmax 0.1192 0.8808 0.5000 0.5000 0.8808 0.1192
