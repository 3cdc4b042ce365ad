func firstMatch<T>(_ xs: [T], _ pred: (T) -> Bool) -> T? {
    for x in xs where pred(x) { return x }
    return nil
}

let evens = [1, 3, 4, 6]
print(firstMatch(evens) { $0 % 2 == 0 }!)
let big = firstMatch(evens) { $0 > 100 }!
print(big)

// expect: 4
// expect error: 8: Unexpectedly found nil while unwrapping an Optional value
