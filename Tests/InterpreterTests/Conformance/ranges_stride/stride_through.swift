for x in stride(from: 0, through: 9, by: 3) {
    print(x)
}

// expect: 0
// expect: 3
// expect: 6
// expect: 9
