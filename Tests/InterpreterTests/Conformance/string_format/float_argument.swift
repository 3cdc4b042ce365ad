import Foundation
let f: Float = 0.1
print(String(format: "%.3f", f))
print(String(format: "%.10f", f))

// expect: 0.100
// expect: 0.1000000015
