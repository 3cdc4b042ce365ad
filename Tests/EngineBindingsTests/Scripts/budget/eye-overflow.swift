// eye of an absurd size is a limit error (and arange of an absurd range too).
Tensor.eye(Int.max)
// expect error: memory limit exceeded: Tensor.eye([9223372036854775807, 9223372036854775807])
// expect error kind: limit
