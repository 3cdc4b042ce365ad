import Foundation
print(sqrt(16.0))
print(sqrt(2.0))
print(pow(2.0, 10.0))
print(pow(2.0, 0.5))
print(pow(10.0, -2.0))

// expect: 4.0
// expect: 1.4142135623730951
// expect: 1024.0
// expect: 1.4142135623730951
// expect: 0.01
