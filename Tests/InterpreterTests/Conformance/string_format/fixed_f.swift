import Foundation
print(String(format: "%f", 3.14159))
print(String(format: "%f", 1.0))
print(String(format: "%f", -0.5))

// expect: 3.141590
// expect: 1.000000
// expect: -0.500000
