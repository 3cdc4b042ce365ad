let point = (2, 0)
switch point {
case (let x, 0):
    print("on x-axis at \(x)")
case (0, let y):
    print("on y-axis at \(y)")
case let (x, y):
    print("at \(x), \(y)")
}
let other = (1, 4)
switch other {
case (let x, 0):
    print("on x-axis at \(x)")
case let (x, y):
    print("at \(x), \(y)")
}

// expect: on x-axis at 2
// expect: at 1, 4
