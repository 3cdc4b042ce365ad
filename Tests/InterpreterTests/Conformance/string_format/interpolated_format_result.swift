import Foundation
let pct = 0.4567
print("Done: \(String(format: "%.1f", pct * 100))%")

// expect: Done: 45.7%
