// arange with more values than Int can count stops cleanly instead of trapping.
Tensor.arange(0, 1e30)
// expect error: memory limit exceeded: Tensor.arange(0.0, 1e+30, step: 1.0) needs more than 8 EiB
// expect error kind: limit
