enum StopError: Error { case at(Int) }
func process(_ xs: [Int]) throws -> Int {
    var total = 0
    for x in xs {
        if x < 0 { throw StopError.at(x) }
        total += x
    }
    return total
}
do {
    print(try process([1, 2, 3]))
    print(try process([1, -2, 3]))
} catch StopError.at(let v) {
    print("stopped at", v)
}

// expect: 6
// expect: stopped at -2
