for i in 0..<3 {
    defer { print("end of iteration \(i)") }
    if i == 1 { continue }
    print("iteration \(i)")
}

// expect: iteration 0
// expect: end of iteration 0
// expect: end of iteration 1
// expect: iteration 2
// expect: end of iteration 2
