// A rank-0 tensor has no first axis to index.
let a = Tensor([7])[0]
print(a.rank)                            // expect: 0
a[0]
// expect error: cannot index a rank-0 tensor
