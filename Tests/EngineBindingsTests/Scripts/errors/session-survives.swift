// A failed engine call inside a function is an error at the call site, with the trace.
func forward(_ x: Tensor) -> Tensor {
    matmul(x, Tensor([[1, 2, 3]]))
}
print(forward(Tensor([[1], [2]])).shape)   // expect: [2, 3]
forward(Tensor([[1, 2]]))
// expect error: matmul: shapes (1, 2) and (1, 3) are incompatible
// expect error line: 3
