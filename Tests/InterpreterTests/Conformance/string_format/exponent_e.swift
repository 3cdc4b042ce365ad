import Foundation
print(String(format: "%e", 12345.678))
print(String(format: "%.2e", 0.000123))
print(String(format: "%e", 0.0))
print(String(format: "%.3e", -98765.4321))

// expect: 1.234568e+04
// expect: 1.23e-04
// expect: 0.000000e+00
// expect: -9.877e+04
