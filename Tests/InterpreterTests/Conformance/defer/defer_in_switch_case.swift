func classify(_ n: Int) {
    switch n {
    case 0:
        defer { print("zero done") }
        print("zero")
    case 1...9:
        defer { print("digit done") }
        print("digit")
        fallthrough
    default:
        print("other")
    }
}
classify(0)
classify(5)

// expect: zero
// expect: zero done
// expect: digit
// expect: digit done
// expect: other
