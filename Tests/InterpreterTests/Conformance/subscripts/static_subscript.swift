enum Planet: Int {
    case mercury = 1, venus, earth, mars
    static subscript(n: Int) -> Planet {
        Planet(rawValue: n)!
    }
}
print(Planet[3])
print(Planet[4].rawValue)
struct Registry {
    static var names: [String] = ["zero"]
    static subscript(i: Int) -> String {
        get { names[i] }
        set { names[i] = newValue }
    }
}
Registry.names.append("one")
Registry[1] = "uno"
print(Registry[0], Registry[1])

// expect: earth
// expect: 4
// expect: zero uno
