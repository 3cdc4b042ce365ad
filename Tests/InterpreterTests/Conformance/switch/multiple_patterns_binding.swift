let p = (0, 5)
switch p {
case (let v, 0), (0, let v):
    print("on an axis, value \(v)")
default:
    print("off axis")
}

// expect: on an axis, value 5
