import Foundation
print(String(format: "%%"))
print(String(format: "%d%%", 95))
print(String(format: "accuracy: %.1f%%", 87.25))

// expect: %
// expect: 95%
// expect: accuracy: 87.2%
