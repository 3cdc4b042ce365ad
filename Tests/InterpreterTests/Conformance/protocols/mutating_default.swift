protocol Togglable {
    var isOn: Bool { get set }
}

extension Togglable {
    mutating func toggle() { isOn = !isOn }
    mutating func turnOff() { isOn = false }
}

struct Switch: Togglable {
    var isOn = false
    var label: String
}

var s = Switch(label: "hall")
s.toggle()
print(s.isOn)
s.toggle()
s.toggle()
print(s.isOn)
s.turnOff()
print(s)
var panel = [Switch(label: "a"), Switch(label: "b")]
panel[1].toggle()
print(panel.map { $0.isOn })

// expect: true
// expect: true
// expect: Switch(isOn: false, label: "hall")
// expect: [false, true]
