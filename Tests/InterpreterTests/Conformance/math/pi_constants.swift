import Foundation
print(Double.pi)
print(Float.pi)
print(M_PI)

// expect: 3.141592653589793
// expect: 3.1415925
// expect: 3.141592653589793
