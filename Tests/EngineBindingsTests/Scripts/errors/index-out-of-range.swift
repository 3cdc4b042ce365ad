// An index past the end is an error, not a crash.
let a = Tensor([[1, 2], [3, 4]])
print(a[-2].scalars)                     // expect: [1.0, 2.0]
a[2]
// expect error: Index 2 is out of range for axis 0 with size 2 (shape (2, 2))
// expect error line: 4
