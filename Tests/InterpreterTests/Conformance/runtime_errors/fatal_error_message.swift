func check(_ x: Int) {
    if x < 0 {
        fatalError("negative input: \(x)")
    }
    print("ok", x)
}
check(1)
check(-2)

// expect: ok 1
// expect error: 3: negative input: -2
