func inner() {
    defer { print("inner defer") }
    print("inner body")
}
func outer() {
    defer { print("outer defer") }
    inner()
    print("outer body")
}
outer()

// expect: inner body
// expect: inner defer
// expect: outer body
// expect: outer defer
