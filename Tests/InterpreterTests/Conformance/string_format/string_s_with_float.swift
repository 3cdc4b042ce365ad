// record: skip
// Hand-written expectation: %s with a Swift String cannot be recorded with swiftc on Linux.
import Foundation
let label = "loss"
let v = 0.25
print(String(format: "%s: %.3f (%d%%)", label, v, 25))

// expect: loss: 0.250 (25%)
