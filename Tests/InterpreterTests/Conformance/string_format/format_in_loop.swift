import Foundation
for i in 1...3 {
    let v = Double(i) / 3.0
    print(String(format: "%d -> %.3f", i, v))
}

// expect: 1 -> 0.333
// expect: 2 -> 0.667
// expect: 3 -> 1.000
