enum Planet: CaseIterable {
    case mercury, venus, earth, mars
    var order: Int {
        switch self {
        case .mercury: 1
        case .venus: 2
        case .earth: 3
        case .mars: 4
        }
    }
    var isInner: Bool { if order <= 2 { true } else { false } }
}
func grade(_ score: Int) -> String {
    switch score {
    case 90...: "A"
    case 80..<90: "B"
    case 70..<80: "C"
    default: "F"
    }
}
func sign(_ x: Double) -> Int {
    if x > 0 { 1 } else if x < 0 { -1 } else { 0 }
}
struct Box { var w: Double; var h: Double
    func describe() -> String { if w == h { "square \(w)" } else { "rect \(w)x\(h)" } }
}
print(Planet.allCases.map(\.order), Planet.allCases.filter(\.isInner))
print([95, 85, 72, 10].map(grade))
print(sign(-2.5), sign(0), sign(7))
print(Box(w: 2, h: 2).describe(), Box(w: 1, h: 3).describe())
print(Planet.allCases.map(\.order).reduce(0, +))

// expect: [1, 2, 3, 4] [main.Planet.mercury, main.Planet.venus]
// expect: ["A", "B", "C", "F"]
// expect: -1 0 1
// expect: square 2.0 rect 1.0x3.0
// expect: 10
