import Foundation
print(round(2.5))
print(round(-0.4))
print(Int(round(7.6)))

// expect: 3.0
// expect: -0.0
// expect: 8
