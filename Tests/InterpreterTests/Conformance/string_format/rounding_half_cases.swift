import Foundation
print(String(format: "%.1f", 0.05))
print(String(format: "%.1f", 0.15))
print(String(format: "%.1f", 0.25))
print(String(format: "%.0f", 0.5))
print(String(format: "%.0f", 1.5))
print(String(format: "%.0f", 2.5))
print(String(format: "%.2f", 1.005))

// expect: 0.1
// expect: 0.1
// expect: 0.2
// expect: 0
// expect: 2
// expect: 2
// expect: 1.00
