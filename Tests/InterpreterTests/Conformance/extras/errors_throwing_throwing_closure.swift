enum E: Error { case negative }
func transform(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] {
    var out: [Int] = []
    for x in xs { out.append(try f(x)) }
    return out
}
do {
    let r = try transform([1, 2]) { x in
        if x < 0 { throw E.negative }
        return x * 3
    }
    print(r)
    _ = try transform([1, -2]) { x in
        if x < 0 { throw E.negative }
        return x
    }
} catch {
    print("failed:", error)
}

// expect: [3, 6]
// expect: failed: negative
