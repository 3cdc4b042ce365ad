import Foundation
let dx = 3.0
let dy = 4.0
print(sqrt(dx * dx + dy * dy))
print(hypot(5.0, 12.0))

// expect: 5.0
// expect: 13.0
