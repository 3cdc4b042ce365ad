import Foundation
let n = 42
print(String(format: "%d", n))
print(String(format: "value: %d", -7))
print(String(format: "%d + %d = %d", 2, 3, 5))

// expect: 42
// expect: value: -7
// expect: 2 + 3 = 5
