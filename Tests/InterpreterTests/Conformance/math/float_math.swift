import Foundation
let f: Float = 2
print(sqrt(f))
print(exp(Float(1)))
print(Float(2).squareRoot())

// expect: 1.4142135
// expect: 2.7182817
// expect: 1.4142135
