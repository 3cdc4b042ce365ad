for n in [1, -2, 3, -4] {
    guard n > 0 else {
        continue
    }
    print(n)
}

// expect: 1
// expect: 3
