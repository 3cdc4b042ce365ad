// Space age: an age in seconds expressed in years of each planet.
enum Planet: String, CaseIterable {
    case mercury, venus, earth, mars, jupiter, saturn, uranus, neptune

    static let earthYearSeconds = 31_557_600.0

    var orbitalPeriod: Double {
        switch self {
        case .mercury: return 0.2408467
        case .venus: return 0.61519726
        case .earth: return 1.0
        case .mars: return 1.8808158
        case .jupiter: return 11.862615
        case .saturn: return 29.447498
        case .uranus: return 84.016846
        case .neptune: return 164.79132
        }
    }
}

struct SpaceAge {
    let seconds: Double
    init(_ seconds: Double) { self.seconds = seconds }

    func years(on planet: Planet) -> Double {
        let raw = seconds / Planet.earthYearSeconds / planet.orbitalPeriod
        return (raw * 100).rounded() / 100
    }
}
// cell
let ages: [(Planet, Double)] = [(.earth, 1_000_000_000), (.mercury, 2_134_835_688), (.venus, 189_839_836),
                                (.mars, 2_129_871_239), (.jupiter, 901_876_382), (.saturn, 2_000_000_000),
                                (.uranus, 1_210_123_456), (.neptune, 1_821_023_456)]
for (planet, seconds) in ages {
    print(planet.rawValue, SpaceAge(seconds).years(on: planet))
}
let me = SpaceAge(1_500_000_000)
for p in Planet.allCases { print(p, me.years(on: p)) }

// expect: earth 31.69
// expect: mercury 280.88
// expect: venus 9.78
// expect: mars 35.88
// expect: jupiter 2.41
// expect: saturn 2.15
// expect: uranus 0.46
// expect: neptune 0.35
// expect: mercury 197.35
// expect: venus 77.26
// expect: earth 47.53
// expect: mars 25.27
// expect: jupiter 4.01
// expect: saturn 1.61
// expect: uranus 0.57
// expect: neptune 0.29
