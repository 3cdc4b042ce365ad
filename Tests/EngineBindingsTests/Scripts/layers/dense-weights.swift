// Dense kernels are [in, out] and act on the last axis; getWeights/setWeights round-trip; params in·out + out.
let layer = Dense(3, inputShape: [4])
let model = Sequential([layer, Dense(2, useBias: false)])
print(model.countParams())               // expect: 21
print(layer.countParams(), model.layers[1].countParams())   // expect: 15 6
print(model.getWeights().map { $0.shape })                  // expect: [[4, 3], [3], [3, 2]]
print(model.layers[1].getWeights().map { $0.shape })        // expect: [[3, 2]]
layer.setWeights([Tensor.ones([4, 3]), Tensor([1, 2, 3])])
print(layer.getWeights()[1].scalars)     // expect: [1.0, 2.0, 3.0]
let first = Sequential([layer])
print(first.predict(Tensor([[1, 1, 1, 1]]), verbose: 0).scalars)   // expect: [5.0, 6.0, 7.0]
print(layer.units, layer.name, layer.outputShape!)          // expect: 3 dense [3]
let weights = model.getWeights()
model.setWeights(weights)
print(model.getWeights()[2].scalars == weights[2].scalars) // expect: true
// Keras's getLayer and weight attributes.
let probe = Sequential([Dense(3, inputShape: [2], name: "hidden"), Dense(1, useBias: false)])
print(probe.getLayer(name: "hidden").kernel.shape, probe.getLayer(name: "hidden").bias.shape)   // expect: [2, 3] [3]
print(probe.getLayer(index: 1).name == probe.layers[1].name)   // expect: true
// Layers and models are callable, as in Keras: layer(x) runs one layer, model(x) the model.
let ones = Sequential([Dense(2, kernelInitializer: .ones, inputShape: [3])])
print(ones.layers[0](Tensor([[1, 2, 3]])).scalars, ones(Tensor([[1, 1, 1]])).scalars)   // expect: [6.0, 6.0] [3.0, 3.0]
probe.getLayer(name: "missing")
// expect error: No such layer: missing. Existing layers are: ["hidden", "dense_2"].
