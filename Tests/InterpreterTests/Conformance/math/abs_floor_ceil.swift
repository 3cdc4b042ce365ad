import Foundation
print(abs(-3.5))
print(abs(-4))
print(floor(2.7), floor(-2.7))
print(ceil(2.1), ceil(-2.1))

// expect: 3.5
// expect: 4
// expect: 2.0 -3.0
// expect: 3.0 -2.0
