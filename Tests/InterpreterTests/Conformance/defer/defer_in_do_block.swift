do {
    defer { print("leaving do") }
    print("inside do")
}
print("after do")

// expect: inside do
// expect: leaving do
// expect: after do
