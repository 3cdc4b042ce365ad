func run() {
    defer { print("first defer") }
    defer { print("second defer") }
    print("body")
}
run()

// expect: body
// expect: second defer
// expect: first defer
