func counter() -> Int {
    var n = 0
    defer { print("n at exit:", n) }
    n = 5
    return n
}
print(counter())

// expect: n at exit: 5
// expect: 5
