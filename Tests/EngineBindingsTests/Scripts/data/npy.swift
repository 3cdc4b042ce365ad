// Tensors load from NumPy .npy files in a readable folder (fixtures written by the test runner;
// the bindings cannot save, so there is no round trip). Integer files load as floats.
let small = try Tensor(npy: "small.npy")
print(small.shape, small.scalars)        // expect: [2, 3] [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
print(small[1].scalars)                  // expect: [3.0, 4.0, 5.0]
let labels = try Tensor(npy: "labels.npy")
print(labels.shape, labels.scalars)      // expect: [4] [3.0, 1.0, 4.0, 1.0]
print(toCategorical(labels).shape)       // expect: [4, 5]
