func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs {
        if x < 0 {
            return x
        }
    }
    return nil
}
print(firstNegative([3, -1, -5]) ?? 0)
print(firstNegative([1]) ?? 0)

// expect: -1
// expect: 0
