@resultBuilder
struct Ints {
    static func buildBlock(_ parts: Int...) -> [Int] { parts }
}

@Ints func pick(_ xs: [Int], _ i: Int) -> [Int] {
    xs[i]
    xs[0]
}

print(pick([4, 5], 1))
print(pick([4, 5], 7))

// expect: [5, 4]
// expect error: 7: Index out of range
