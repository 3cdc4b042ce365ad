// Summing an empty tensor along its empty axis would make a far larger result: it is reserved.
let empty = Tensor.zeros([100000, 0, 100000])
print(empty.count)   // expect: 0
empty.sum(axis: 1)
// expect error: memory limit exceeded: sum along axis 1 of shape (100000, 0, 100000) needs 37 GiB
// expect error kind: limit
