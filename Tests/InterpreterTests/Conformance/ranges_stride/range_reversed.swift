for i in (0..<3).reversed() {
    print(i)
}

// expect: 2
// expect: 1
// expect: 0
