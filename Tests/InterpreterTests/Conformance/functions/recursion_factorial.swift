func factorial(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    return n * factorial(n - 1)
}
print(factorial(10))
print(factorial(20))

// expect: 3628800
// expect: 2432902008176640000
