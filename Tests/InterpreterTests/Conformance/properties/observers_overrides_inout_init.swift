// Observers with overrides (the superclass's run inside the override's), on inout arguments
// (once, after the call), and in a subclass initializer after super.init.
class Gauge {
    var level: Int = 0 {
        willSet { print("Gauge will", newValue) }
        didSet { print("Gauge did", oldValue) }
    }
    var label: String { get { "gauge" } set { print("Gauge label set", newValue) } }
    init() {}
    init(level: Int) { self.level = level }
}
class Tank: Gauge {
    override var level: Int {
        willSet { print("Tank will", newValue) }
        didSet { print("Tank did", oldValue) }
    }
    override var label: String {
        willSet { print("Tank label will", newValue) }
        didSet { print("Tank label did", oldValue) }
    }
    var capacity: Int { didSet { print("capacity did", oldValue) } }
    init(capacity: Int) {
        self.capacity = capacity
        super.init(level: 1)
        level = 2
    }
}
let tank = Tank(capacity: 10)
tank.level = 7
tank.label = "main"
tank.capacity = 20

var total = 0 {
    willSet { print("total will", newValue) }
    didSet { print("total did", oldValue) }
}
func addTen(_ x: inout Int) { print("adding"); x += 10 }
addTen(&total)
struct Meter { var reading = 1 { didSet { print("reading did", oldValue, reading) } } }
var meter = Meter()
addTen(&meter.reading)
print(total, meter.reading)

// expect: Tank will 2
// expect: Gauge will 2
// expect: Gauge did 1
// expect: Tank did 1
// expect: Tank will 7
// expect: Gauge will 7
// expect: Gauge did 2
// expect: Tank did 2
// expect: Tank label will main
// expect: Gauge label set main
// expect: Tank label did gauge
// expect: capacity did 10
// expect: adding
// expect: total will 10
// expect: total did 0
// expect: adding
// expect: reading did 1 11
// expect: 10 11
