func swapped<T, U>(_ pair: (T, U)) -> (U, T) {
    (pair.1, pair.0)
}

func repeated<T>(_ x: T, _ n: Int) -> [T] {
    var out: [T] = []
    for _ in 0..<n { out.append(x) }
    return out
}

print(swapped((1, "one")))
print(repeated("ab", 3))
print(repeated(2.5, 2))
print(repeated([1], 2))

// expect: ("one", 1)
// expect: ["ab", "ab", "ab"]
// expect: [2.5, 2.5]
// expect: [[1], [1]]
