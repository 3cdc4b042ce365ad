// A tensor larger than the cell's memory budget is refused before it is allocated, at its line,
// as a limit (the cell cannot catch it), with the size and the budget in 1024-based units.
let small = Tensor.zeros([2, 2])
print(small.shape)   // expect: [2, 2]
let t = Tensor.zeros([200000, 200000])
// expect error: memory limit exceeded: Tensor.zeros([200000, 200000]) needs 149 GiB; the cell's memory budget is 2 GiB
// expect error line: 5
// expect error kind: limit
