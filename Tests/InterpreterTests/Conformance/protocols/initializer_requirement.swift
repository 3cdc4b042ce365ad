protocol Resettable {
    init()
    var state: String { get }
}

struct Lamp: Resettable {
    var on = false
    init() {}
    init(on: Bool) { self.on = on }
    var state: String { on ? "on" : "off" }
}

final class Door: Resettable {
    var open: Bool
    init() { open = false }
    var state: String { open ? "open" : "closed" }
}

let l = Lamp(on: true)
print(l.state, Lamp().state)
let d = Door()
d.open = true
print(d.state, Door().state)

// expect: on off
// expect: open closed
