func allEqual<T>(_ xs: [T]) -> Bool where T: Equatable {
    guard let first = xs.first else { return true }
    return xs.allSatisfy { $0 == first }
}

func sumAll<T>(_ xs: [T]) -> T where T: Numeric {
    var total: T = 0
    for x in xs { total += x }
    return total
}

print(allEqual([1, 1, 1]), allEqual(["a", "b"]), allEqual([Int]()))
print(sumAll([1, 2, 3]))
print(sumAll([0.5, 0.25]))

// expect: true false true
// expect: 6
// expect: 0.75
