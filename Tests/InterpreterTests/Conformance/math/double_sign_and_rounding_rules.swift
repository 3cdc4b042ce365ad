let xs = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]
print(xs.map { $0.rounded(.toNearestOrAwayFromZero) })
print(xs.map { $0.rounded(.toNearestOrEven) })
print(xs.map { $0.rounded(.awayFromZero) })
print(xs.map { $0.rounded(.towardZero) })
print(xs.map { $0.rounded(.up) }, xs.map { $0.rounded(.down) })
print((7.0).remainder(dividingBy: 2), (-7.5).truncatingRemainder(dividingBy: 2))
print((0.0).sign == .plus, (-0.0).sign == .minus, (3.0).sign)
let f: Float = -2.5
print(f.rounded(.down), f.magnitude, f.sign == .minus)

// expect: [-3.0, -2.0, -1.0, 1.0, 2.0, 3.0]
// expect: [-2.0, -2.0, -0.0, 0.0, 2.0, 2.0]
// expect: [-3.0, -2.0, -1.0, 1.0, 2.0, 3.0]
// expect: [-2.0, -1.0, -0.0, 0.0, 1.0, 2.0]
// expect: [-2.0, -1.0, -0.0, 1.0, 2.0, 3.0] [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0]
// expect: -1.0 -1.5
// expect: true true plus
// expect: -3.0 2.5 true
