import Foundation
print(exp(0.0))
print(exp(1.0))
print(exp(-1.0))
print(log(1.0))
print(log(exp(2.0)))
print(log10(1000.0))
print(log2(8.0))

// expect: 1.0
// expect: 2.718281828459045
// expect: 0.36787944117144233
// expect: 0.0
// expect: 2.0
// expect: 3.0
// expect: 3.0
