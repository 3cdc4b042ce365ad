// Each loss name, evaluated on models whose outputs are known: a zero kernel gives 0 (linear),
// 0.5 (sigmoid) or 1/3 per class (softmax over 3).
let x = Tensor([[1], [2]])
func zero(_ units: Int, _ activation: ActivationFunction) -> Sequential {
    Sequential([Dense(units, activation: activation, kernelInitializer: .zeros, inputShape: [1])])
}
func loss(_ model: Sequential, _ y: Tensor) -> String { String(format: "%.4f", model.evaluate(x, y, verbose: 0)) }
let regression = Tensor([[1], [2]])       // errors 1 and 2
let m1 = zero(1, .linear)
m1.compile(optimizer: SGD(), loss: .meanSquaredError)
print(loss(m1, regression))              // expect: 2.5000
m1.compile(optimizer: SGD(), loss: .mse)
print(loss(m1, regression))              // expect: 2.5000
m1.compile(optimizer: SGD(), loss: .meanAbsoluteError)
print(loss(m1, regression))              // expect: 1.5000
m1.compile(optimizer: SGD(), loss: .mae)
print(loss(m1, regression))              // expect: 1.5000
m1.compile(optimizer: SGD(), loss: .huber)   // 0.5·1² and 2 - 0.5
print(loss(m1, regression))              // expect: 1.0000
let m2 = zero(1, .sigmoid)
m2.compile(optimizer: SGD(), loss: .binaryCrossentropy)   // ln 2
print(loss(m2, Tensor([[0], [1]])))      // expect: 0.6931
let m3 = zero(3, .softmax)
m3.compile(optimizer: SGD(), loss: .categoricalCrossentropy)   // ln 3
print(loss(m3, Tensor([[1, 0, 0], [0, 0, 1]])))   // expect: 1.0986
m3.compile(optimizer: SGD(), loss: .sparseCategoricalCrossentropy)
print(loss(m3, Tensor([0, 2])))          // expect: 1.0986
