import Foundation
print(String(format: "%5.2f|%-6d|%03d", 3.14159, 42, 7))
print(String(format: "%ld items, %x hex, %o oct", 12, 255, 8))
print(String(format: "%.1f%%", 99.5))
print(String(format: "%+d %+d", 5, -5))
print(String(format: "%8.3e", 12345.678))

// expect:  3.14|42    |007
// expect: 12 items, ff hex, 10 oct
// expect: 99.5%
// expect: +5 -5
// expect: 1.235e+04
