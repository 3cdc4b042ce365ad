func fact(_ n: Int) -> Int {
    n <= 1 ? 1 : n * fact(n - 1)
}
print(fact(20))
print(fact(21))

// expect: 2432902008176640000
// expect error: 2: overflow
