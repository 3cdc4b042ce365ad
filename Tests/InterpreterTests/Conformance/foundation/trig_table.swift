import Foundation
for deg in stride(from: 0, through: 90, by: 30) {
    let r = Double(deg) * .pi / 180
    print(deg, String(format: "%.4f %.4f", sin(r), cos(r)))
}

// expect: 0 0.0000 1.0000
// expect: 30 0.5000 0.8660
// expect: 60 0.8660 0.5000
// expect: 90 1.0000 0.0000
