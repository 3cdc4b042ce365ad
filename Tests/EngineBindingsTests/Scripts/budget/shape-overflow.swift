// A shape whose element count overflows Int is a clean limit error, not a trap.
Tensor.zeros([Int.max, 4])
// expect error: memory limit exceeded: Tensor.zeros([9223372036854775807, 4]) needs more than 8 EiB
// expect error line: 2
// expect error kind: limit
