var log: [String] = []
func compute() -> Int {
    var x = 1
    defer {
        x = 100
        log.append("defer saw \(x)")
    }
    x = 5
    return x
}
print(compute(), log)

// expect: 5 ["defer saw 100"]
