// Element-wise arithmetic broadcasts like NumPy; Double and Int scalars work on either side.
let a = Tensor([[1, 2], [3, 4]])
let b = Tensor([10, 20])
print((a + b).scalars)                   // expect: [11.0, 22.0, 13.0, 24.0]
print((a - b).scalars)                   // expect: [-9.0, -18.0, -7.0, -16.0]
print((a * b).scalars)                   // expect: [10.0, 40.0, 30.0, 80.0]
print((b / a).scalars)                   // expect: [10.0, 10.0, 3.3333333, 5.0]
let column = Tensor([[1], [2]])
print((column + b).shape, (column + b).scalars)   // expect: [2, 2] [11.0, 21.0, 12.0, 22.0]
print((a * 2).scalars, (2 * a).scalars)  // expect: [2.0, 4.0, 6.0, 8.0] [2.0, 4.0, 6.0, 8.0]
print((a + 0.5).scalars, (0.5 + a).scalars)       // expect: [1.5, 2.5, 3.5, 4.5] [1.5, 2.5, 3.5, 4.5]
print((a - 1).scalars, (1 - a).scalars)  // expect: [0.0, 1.0, 2.0, 3.0] [0.0, -1.0, -2.0, -3.0]
print((a / 4).scalars, (4 / a).scalars)  // expect: [0.25, 0.5, 0.75, 1.0] [4.0, 2.0, 1.3333334, 1.0]
print((a / 255.0).scalars[3] == Float(4.0 / 255.0))   // expect: true
let half = 0.5
print((a * half).scalars)                // expect: [0.5, 1.0, 1.5, 2.0]
print((-a).scalars)                      // expect: [-1.0, -2.0, -3.0, -4.0]
let z = Tensor([0, 2])
let sigmoid = 1 / (1 + exp(-z))
print(sigmoid.scalars[0], String(format: "%.6f", Double(sigmoid.scalars[1])))   // expect: 0.5 0.880797
let y = Tensor([1, 0]), yHat = Tensor([0.75, 0.25])
print((y * log(yHat) + (1 - y) * log(1 - yHat)).scalars.map { String(format: "%.6f", Double($0)) })   // expect: ["-0.287682", "-0.287682"]
