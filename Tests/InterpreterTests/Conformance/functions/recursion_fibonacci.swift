func fib(_ n: Int) -> Int {
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
print((0..<12).map { fib($0) })

// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
