import Foundation
let n = 50
let r = Int(sqrt(Double(n)))
print(r, r * r <= n)

// expect: 7 true
