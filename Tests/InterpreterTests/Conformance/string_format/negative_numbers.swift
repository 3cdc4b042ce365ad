import Foundation
print(String(format: "%d", -123))
print(String(format: "%.2f", -0.004))
print(String(format: "%.2f", -1.999))

// expect: -123
// expect: -0.00
// expect: -2.00
