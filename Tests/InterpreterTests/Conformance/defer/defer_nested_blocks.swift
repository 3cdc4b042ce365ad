func f(_ flag: Bool) {
    defer { print("outer defer") }
    if flag {
        defer { print("if defer") }
        print("in if")
    } else {
        defer { print("else defer") }
        print("in else")
    }
    print("after if")
}
f(true)
f(false)

// expect: in if
// expect: if defer
// expect: after if
// expect: outer defer
// expect: in else
// expect: else defer
// expect: after if
// expect: outer defer
