class Thermostat {
    var target = 20 {
        didSet { print("target now \(target)") }
    }
}
let t = Thermostat()
t.target = 22
t.target += 1

// expect: target now 22
// expect: target now 23
