// One or two full-batch steps on y = x from w = b = 0 with MSE, worked by hand with Keras's update
// rules. First gradients: dL/dw = mean(2(p - y)x) = -5, dL/db = -3.
let x = Tensor([[1], [2]]), y = Tensor([[1], [2]])
func fresh() -> Sequential { Sequential([Dense(1, kernelInitializer: .zeros, inputShape: [1])]) }
func trained(_ model: Sequential, _ epochs: Int) -> String {
    model.fit(x, y, epochs: epochs, batchSize: 2, verbose: 0)
    let w = model.getWeights()
    return String(format: "%.4f %.4f", Double(w[0].scalars[0]), Double(w[1].scalars[0]))
}
let sgd = fresh()
sgd.compile(optimizer: SGD(learningRate: 0.1), loss: .meanSquaredError)
print(trained(sgd, 1))                   // expect: 0.5000 0.3000
// Second step: errors -0.2, -0.7 → gradients -1.6, -0.9.
print(trained(sgd, 1))                   // expect: 0.6600 0.3900
let named = fresh()
named.compile(optimizer: "sgd", loss: .meanSquaredError)   // learning rate 0.01
print(trained(named, 1))                 // expect: 0.0500 0.0300
let momentum = fresh()
momentum.compile(optimizer: SGD(learningRate: 0.1, momentum: 0.9), loss: .meanSquaredError)
print(trained(momentum, 2))              // expect: 1.1100 0.6600
let nesterov = fresh()
nesterov.compile(optimizer: SGD(learningRate: 0.1, momentum: 0.9, nesterov: true), loss: .meanSquaredError)
print(trained(nesterov, 1))              // expect: 0.9500 0.5700
// Adaptive methods: the first step is about lr·sign(g) (Adam, Adamax), lr/√(1-ρ) (RMSprop).
let adam = fresh()
adam.compile(optimizer: Adam(learningRate: 0.1), loss: .meanSquaredError)
print(trained(adam, 1))                  // expect: 0.1000 0.1000
let adamDefault = fresh()
adamDefault.compile(optimizer: Adam(), loss: .meanSquaredError)
print(trained(adamDefault, 1))           // expect: 0.0010 0.0010
let rmsprop = fresh()
rmsprop.compile(optimizer: RMSprop(learningRate: 0.01), loss: .meanSquaredError)
print(trained(rmsprop, 1))               // expect: 0.0316 0.0316
let adagrad = fresh()                     // accumulator 0.1 + g²: 0.5/√25.1, 0.3/√9.1
adagrad.compile(optimizer: Adagrad(learningRate: 0.1), loss: .meanSquaredError)
print(trained(adagrad, 1))               // expect: 0.0998 0.0994
let adadelta = fresh()                    // √ε/√(0.05g²)·|g| = √(1e-7/0.05) = 0.001414
adadelta.compile(optimizer: Adadelta(learningRate: 1.0), loss: .meanSquaredError)
let d = adadelta.fit(x, y, epochs: 1, batchSize: 2, verbose: 0)
print(String(format: "%.6f", Double(adadelta.getWeights()[0].scalars[0])))   // expect: 0.001414
let adamax = fresh()
adamax.compile(optimizer: Adamax(learningRate: 0.1), loss: .meanSquaredError)
print(trained(adamax, 1))                // expect: 0.1000 0.1000
for name in ["rmsprop", "adam", "adagrad", "adadelta", "adamax"] {
    let m = fresh()
    m.compile(optimizer: name, loss: .meanSquaredError)
    m.fit(x, y, epochs: 1, batchSize: 2, verbose: 0)
    print(name, m.getWeights()[0].scalars[0] > 0)
}
// expect: rmsprop true
// expect: adam true
// expect: adagrad true
// expect: adadelta true
// expect: adamax true
