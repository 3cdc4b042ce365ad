func third(_ xs: [Int]) -> Int {
    return xs[2]
}
print(third([1, 2, 3]))
print(third([1]))

// expect: 3
// expect error: 2: Index out of range
