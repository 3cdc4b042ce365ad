func indexOf<T: Equatable>(_ target: T, in xs: [T]) -> Int? {
    for (i, x) in xs.enumerated() where x == target { return i }
    return nil
}

func countMatches<T>(_ xs: [T], _ pred: (T) -> Bool) -> Int {
    var n = 0
    for x in xs where pred(x) { n += 1 }
    return n
}

print(indexOf("c", in: ["a", "b", "c"]) ?? -1)
print(indexOf(7, in: [1, 2, 3]) ?? -1)
print(countMatches([1, 2, 3, 4, 5]) { $0 % 2 == 1 })
print(countMatches(["a", "bb", "ccc"]) { $0.count > 1 })

// expect: 2
// expect: -1
// expect: 3
// expect: 2
