func f() {
    defer { print("outer") }
    if true {
        defer { print("inner") }
        print("in if")
    }
    print("after if")
}
f()

// expect: in if
// expect: inner
// expect: after if
// expect: outer
