func fibIter(_ n: Int) -> Int {
    var a = 0
    var b = 1
    for _ in 0..<n {
        (a, b) = (b, a + b)
    }
    return a
}
var memo: [Int: Int] = [:]
func fibMemo(_ n: Int) -> Int {
    if n < 2 { return n }
    if let m = memo[n] { return m }
    let r = fibMemo(n - 1) + fibMemo(n - 2)
    memo[n] = r
    return r
}
print((0...10).map(fibIter))
print(fibIter(50), fibMemo(50))
print(fibIter(90))

// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
// expect: 12586269025 12586269025
// expect: 2880067194370816120
