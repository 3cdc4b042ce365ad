@propertyWrapper
struct Tracked {
    private var value: Int
    private(set) var projectedValue = 0
    init(wrappedValue: Int) { value = wrappedValue }
    var wrappedValue: Int {
        get { value }
        set {
            value = newValue
            projectedValue += 1
        }
    }
}
struct Player {
    @Tracked var points = 0
}
var p = Player()
p.points = 3
p.points += 4
print(p.points, p.$points)

// expect: 7 2
