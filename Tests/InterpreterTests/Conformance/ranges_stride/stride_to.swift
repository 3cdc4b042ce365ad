for x in stride(from: 0, to: 10, by: 3) {
    print(x)
}

// expect: 0
// expect: 3
// expect: 6
// expect: 9
