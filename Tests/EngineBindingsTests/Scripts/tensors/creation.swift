// Tensors from nested Int and Double literals, from array variables, from shape + scalars, and
// from a shape alone (zeros/ones).
let a = Tensor([[1, 2], [3, 4]])
print(a.shape, a.count, a.rank)          // expect: [2, 2] 4 2
print(a.scalars)                         // expect: [1.0, 2.0, 3.0, 4.0]
print(a.shape == [2, 2])                 // expect: true
let b = Tensor([1.5, -2.0])
print(b.shape, b.scalars)                // expect: [2] [1.5, -2.0]
print(Tensor([-10, 30]).scalars)         // expect: [-10.0, 30.0]
let rows: [[Double]] = [[0.5, 1], [2, 3], [4, 5]]
let c = Tensor(rows)
print(c.shape, c.scalars[1])             // expect: [3, 2] 1.0
let xs = (1...4).map { Double($0) / 2 }
print(Tensor(xs).scalars)                // expect: [0.5, 1.0, 1.5, 2.0]
let s = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
print(s.shape, s[1].scalars)             // expect: [2, 3] [4.0, 5.0, 6.0]
print(Tensor([[[1], [2]]]).shape)        // expect: [1, 2, 1]
print(Tensor.zeros([2, 3]).scalars)      // expect: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
print(Tensor.zeros([4]).shape)           // expect: [4]
print(Tensor.ones([3]).scalars)          // expect: [1.0, 1.0, 1.0]
print(Tensor.ones([2, 2]).sum())         // expect: 4.0
// Scalars are Floats that convert and compare like numbers.
print(a.scalars.filter { $0 > 2.5 }.count, a.scalars.contains { $0 == 4 })   // expect: 2 true
print(Int(a.scalars[3]), Double(a.scalars[0]) + 0.5)                          // expect: 4 1.5
print(b.toArray())                       // expect: [1.5, -2.0]
print(a.toArray())                       // expect: [[1.0, 2.0], [3.0, 4.0]]
