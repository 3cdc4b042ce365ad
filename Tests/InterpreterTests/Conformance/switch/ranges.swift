func bucket(_ t: Double) -> String {
    switch t {
    case ..<0:
        return "freezing"
    case 0..<15:
        return "cold"
    case 15...25:
        return "nice"
    default:
        return "hot"
    }
}
for t in [-5.0, 3.0, 15.0, 25.0, 30.5] {
    print(bucket(t))
}

// expect: freezing
// expect: cold
// expect: nice
// expect: nice
// expect: hot
