import Foundation
print(String(format: "%d", Int.max))
print(String(format: "%.1f", 1e16))
print(String(format: "%e", 1e100))

// expect: -1
// expect: 10000000000000000.0
// expect: 1.000000e+100
