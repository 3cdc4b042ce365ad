enum Event {
    case click(x: Int, y: Int)
    case key(code: Int, shift: Bool)
}
let events: [Event] = [.click(x: 1, y: 2), .key(code: 65, shift: true)]
for e in events {
    switch e {
    case .click(let x, let y):
        print("click", x, y)
    case .key(code: let c, shift: true):
        print("shifted key", c)
    case .key(let c, _):
        print("key", c)
    }
}

// expect: click 1 2
// expect: shifted key 65
