func check(_ x: Int) -> String {
    defer { print("checked \(x)") }
    if x < 0 {
        return "negative"
    }
    return "non-negative"
}
print(check(-1))
print(check(2))

// expect: checked -1
// expect: negative
// expect: checked 2
// expect: non-negative
