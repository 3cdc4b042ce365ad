for pair in ["x", "y"].enumerated() {
    print(pair.offset, pair.element)
}

// expect: 0 x
// expect: 1 y
