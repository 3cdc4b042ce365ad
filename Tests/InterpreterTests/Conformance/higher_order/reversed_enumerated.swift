for (i, x) in [7, 8, 9].reversed().enumerated() {
    print(i, x)
}

// expect: 0 9
// expect: 1 8
// expect: 2 7
