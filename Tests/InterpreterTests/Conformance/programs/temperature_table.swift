import Foundation
for c in stride(from: -10, through: 40, by: 10) {
    let f = Double(c) * 9 / 5 + 32
    print(String(format: "%4d C = %5.1f F", c, f))
}

// expect:  -10 C =  14.0 F
// expect:    0 C =  32.0 F
// expect:   10 C =  50.0 F
// expect:   20 C =  68.0 F
// expect:   30 C =  86.0 F
// expect:   40 C = 104.0 F
