import Foundation
print(exp(1000.0))
print(exp(-1000.0))
print(log(0.0))
print(sqrt(-1.0).isNaN)

// expect: inf
// expect: 0.0
// expect: -inf
// expect: true
