func countDown(_ n: Int) -> [Int] {
    var out: [Int] = []
    func go(_ k: Int) {
        if k < 0 { return }
        out.append(k)
        go(k - 1)
    }
    go(n)
    return out
}
print(countDown(4))

// expect: [4, 3, 2, 1, 0]
