// An empty tensor whose other dimensions multiply past Int is refused: its strides and row
// sizes would overflow (printing or slicing it used to trap).
print(Tensor.zeros([0, 1000, 1000]).count)   // expect: 0
Tensor.zeros([0, 10_000_000_000, 10_000_000_000])
// expect error: memory limit exceeded: Tensor.zeros([0, 10000000000, 10000000000]) needs more than 8 EiB
// expect error kind: limit
