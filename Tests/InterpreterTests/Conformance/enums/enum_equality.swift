enum Mode { case a, b }
let m = Mode.a
print(m == .a)
print(m != .b)
if m == Mode.b { print("b") } else { print("not b") }

// expect: true
// expect: true
// expect: not b
