func repeatTimes(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatTimes(3) { i in
    print("call \(i)")
}
repeatTimes(2) {
    print("shorthand \($0)")
}

// expect: call 0
// expect: call 1
// expect: call 2
// expect: shorthand 0
// expect: shorthand 1
