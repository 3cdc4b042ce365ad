// Initializers follow Keras's formulas for a [40, 50] kernel (fanIn 40, fanOut 50); biases start at 0.
func kernel(_ model: Sequential) -> Tensor { model.getWeights()[0] }
func sd(_ t: Tensor) -> Double { sqrt((t * t).mean() - t.mean() * t.mean()) }
let glorot = kernel(Sequential([Dense(50, inputShape: [40])]))
let limit = sqrt(6.0 / 90.0)                   // 0.2582
print(glorot.max() <= limit, -glorot.min() <= limit, glorot.max() > 0.95 * limit)   // expect: true true true
let glorotUniform = kernel(Sequential([Dense(50, kernelInitializer: .glorotUniform, inputShape: [40])]))
print(glorotUniform.max() <= limit, abs(sd(glorotUniform) - limit / sqrt(3.0)) < 0.01)   // expect: true true
let glorotNormal = kernel(Sequential([Dense(50, kernelInitializer: .glorotNormal, inputShape: [40])]))
print(abs(sd(glorotNormal) - sqrt(2.0 / 90.0)) < 0.01, abs(glorotNormal).max() <= 2 * sqrt(2.0 / 90.0) / 0.87962566 + 1e-6)   // expect: true true
let heUniform = kernel(Sequential([Dense(50, kernelInitializer: .heUniform, inputShape: [40])]))
print(heUniform.max() <= sqrt(6.0 / 40.0), heUniform.max() > 0.95 * sqrt(6.0 / 40.0))   // expect: true true
let heNormal = kernel(Sequential([Dense(50, kernelInitializer: .heNormal, inputShape: [40])]))
print(abs(sd(heNormal) - sqrt(2.0 / 40.0)) < 0.015)   // expect: true
let normal = kernel(Sequential([Dense(50, kernelInitializer: .randomNormal, inputShape: [40])]))
print(abs(sd(normal) - 0.05) < 0.005, abs(normal.mean()) < 0.005)   // expect: true true
print(kernel(Sequential([Dense(3, kernelInitializer: .zeros, inputShape: [2])])).scalars)   // expect: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
print(kernel(Sequential([Dense(2, kernelInitializer: .ones, inputShape: [2])])).scalars)    // expect: [1.0, 1.0, 1.0, 1.0]
print(Sequential([Dense(3, inputShape: [2])]).getWeights()[1].scalars)                        // expect: [0.0, 0.0, 0.0]
