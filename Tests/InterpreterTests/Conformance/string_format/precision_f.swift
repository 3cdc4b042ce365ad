import Foundation
let x = 2.0 / 3.0
print(String(format: "%.2f", x))
print(String(format: "%.0f", x))
print(String(format: "%.4f", Double.pi))
print(String(format: "%.1f", 100.0))

// expect: 0.67
// expect: 1
// expect: 3.1416
// expect: 100.0
