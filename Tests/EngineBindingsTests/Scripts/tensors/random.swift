// randomNormal is standard normal, drawn from the notebook seed's stream: the same seed gives
// the same numbers, another seed others, and successive draws differ.
let n = Tensor.randomNormal([2, 4])
print(n.shape, n.count)                  // expect: [2, 4] 8
let again = Tensor.randomNormal([2, 4])
print(again.scalars == n.scalars)        // expect: false
let big = Tensor.randomNormal([4000])
let mean = big.mean()
let sd = sqrt((big * big).mean() - mean * mean)
print(abs(mean) < 0.1, abs(sd - 1) < 0.05)   // expect: true true
let shifted = Tensor.randomNormal([4000], mean: 5, stddev: 2)
print(abs(shifted.mean() - 5) < 0.2)     // expect: true
print("draw:", n.scalars[0], n.scalars[7])   // expect: draw: ...
// expect seeded
