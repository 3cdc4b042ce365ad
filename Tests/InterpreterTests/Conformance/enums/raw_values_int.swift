enum Planet: Int {
    case mercury = 1, venus, earth
}
print(Planet.earth.rawValue)
print(Planet(rawValue: 2)!)
print(Planet(rawValue: 9) == nil)

// expect: 3
// expect: venus
// expect: true
