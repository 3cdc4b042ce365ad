import Foundation
prefix operator √
prefix func √ (x: Double) -> Double { sqrt(x) }
print(√16.0)
print(√2.0 * √2.0 > 1.99)

// expect: 4.0
// expect: true
