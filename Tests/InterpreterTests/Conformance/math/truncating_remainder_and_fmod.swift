import Foundation
print(fmod(10.5, 3.0))
print(10.5.truncatingRemainder(dividingBy: 3))
print((-10.5).remainder(dividingBy: 3))

// expect: 1.5
// expect: 1.5
// expect: 1.5
