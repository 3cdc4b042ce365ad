for x in stride(from: 5, to: 0, by: -2) {
    print(x)
}
for x in stride(from: 3, through: 1, by: -1) {
    print(x)
}

// expect: 5
// expect: 3
// expect: 1
// expect: 3
// expect: 2
// expect: 1
