func modify(_ xs: [Int]) -> [Int] {
    var copy = xs
    copy[0] = -1
    return copy
}
let original = [5, 6]
let changed = modify(original)
print(original, changed)

// expect: [5, 6] [-1, 6]
