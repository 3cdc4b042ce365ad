func outer(_ n: Int) -> Int {
    func helper(_ k: Int) -> Int {
        return k * n
    }
    return helper(2) + helper(3)
}
print(outer(10))

// expect: 50
