@propertyWrapper
struct Clamped {
    private var value: Int
    let range: ClosedRange<Int>
    init(wrappedValue: Int, _ range: ClosedRange<Int>) {
        self.range = range
        value = min(max(wrappedValue, range.lowerBound), range.upperBound)
    }
    var wrappedValue: Int {
        get { value }
        set { value = min(max(newValue, range.lowerBound), range.upperBound) }
    }
}
struct Volume {
    @Clamped(0...10) var level = 5
}
var v = Volume()
print(v.level)
v.level = 42
print(v.level)
v.level -= 30
print(v.level)

// expect: 5
// expect: 10
// expect: 0
