// Computed get/set, observers with named parameters, a wrapper with init() and a projected value, type properties.
struct Point { var x = 0.0, y = 0.0 }
struct Size { var w = 0.0, h = 0.0 }
struct Rect {
    var origin = Point(), size = Size()
    var center: Point {
        get { Point(x: origin.x + size.w / 2, y: origin.y + size.h / 2) }
        set { origin.x = newValue.x - size.w / 2; origin.y = newValue.y - size.h / 2 }
    }
}
var r = Rect(origin: Point(x: 0, y: 0), size: Size(w: 10, h: 10))
r.center = Point(x: 15, y: 15)
print(r.origin.x, r.origin.y)
class StepCounter {
    var total: Int = 0 {
        willSet(newTotal) { print("About to set to \(newTotal)") }
        didSet { if total > oldValue { print("Added \(total - oldValue)") } }
    }
}
let sc = StepCounter()
sc.total = 200
sc.total = 360
@propertyWrapper struct Small {
    private var number: Int
    private(set) var projectedValue: Bool
    var wrappedValue: Int {
        get { number }
        set { if newValue > 12 { number = 12; projectedValue = true } else { number = newValue; projectedValue = false } }
    }
    init() { number = 0; projectedValue = false }
}
struct Box { @Small var n: Int }
var bx = Box()
bx.n = 40
print(bx.n, bx.$n)
struct Some { static var stored = "A"; static var computed: Int { 27 } }
print(Some.stored, Some.computed)
enum Level: Int, CaseIterable { case low = 1, mid, high }
print(Level.allCases.map(\.rawValue), Level(rawValue: 3)!)

// expect: 10.0 10.0
// expect: About to set to 200
// expect: Added 200
// expect: About to set to 360
// expect: Added 160
// expect: 12 true
// expect: A 27
// expect: [1, 2, 3] high
