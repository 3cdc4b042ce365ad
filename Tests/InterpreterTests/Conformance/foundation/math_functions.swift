import Foundation
print(pow(2.0, 10.0), sqrt(2.0), cbrt(27.0))
print(log(M_E), log2(1024.0), log10(0.001))
print(sin(0.0), cos(Double.pi), atan2(1.0, 1.0))
print(hypot(3.0, 4.0), exp(0.0), floor(-2.5), ceil(-2.5))
print(Double.pi, Float.pi)

// expect: 1024.0 1.4142135623730951 3.0000000000000004
// expect: 1.0 10.0 -3.0
// expect: 0.0 -1.0 0.7853981633974483
// expect: 5.0 1.0 -3.0 -2.0
// expect: 3.141592653589793 3.1415925
