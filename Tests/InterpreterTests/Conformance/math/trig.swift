import Foundation
print(sin(0.0))
print(cos(0.0))
print(sin(Double.pi / 2))
print(cos(Double.pi))
print(tan(Double.pi / 4))
print(atan2(1.0, 1.0))

// expect: 0.0
// expect: 1.0
// expect: 1.0
// expect: -1.0
// expect: 0.9999999999999999
// expect: 0.7853981633974483
