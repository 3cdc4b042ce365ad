func sumList(_ xs: [Int]) -> Int {
    if xs.isEmpty { return 0 }
    return xs[0] + sumList(Array(xs.dropFirst()))
}
print(sumList([1, 2, 3, 4, 5]))

// expect: 15
