func work() {
    defer { print("first registered") }
    defer { print("second registered") }
    defer { print("third registered") }
    print("body")
}
work()

// expect: body
// expect: third registered
// expect: second registered
// expect: first registered
