// standardize gives each column mean 0 and standard deviation 1; minMaxScale maps it to [0, 1].
let x = Tensor([[1, 10], [2, 20], [3, 30]])
let z = standardize(x)
print(z.mean(axis: 0).scalars.map { abs($0) < 1e-6 }, z.shape)   // expect: [true, true] [3, 2]
print(z.scalars.map { String(format: "%.4f", Double($0)) })      // expect: ["-1.2247", "-1.2247", "0.0000", "0.0000", "1.2247", "1.2247"]
print(minMaxScale(x).scalars)            // expect: [0.0, 0.0, 0.5, 0.5, 1.0, 1.0]
