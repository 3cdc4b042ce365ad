func boom(_ xs: [Int]) -> Int {
    defer { print("defer before trap reported") }
    return xs[3]
}
print(boom([1, 2, 3, 4]))
print(boom([1]))

// expect: defer before trap reported
// expect: 4
// expect error: 3: Index out of range
