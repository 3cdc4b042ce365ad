struct Temp: CustomStringConvertible {
    var c: Double
    var description: String { "\(c)°" }
}

extension Array where Element: CustomStringConvertible {
    func bulleted() -> String {
        map { "• " + $0.description }.joined(separator: "\n")
    }
}

print([Temp(c: 20.5), Temp(c: -3)].bulleted())
print([1, 2].bulleted())

// expect: • 20.5°
// expect: • -3.0°
// expect: • 1
// expect: • 2
