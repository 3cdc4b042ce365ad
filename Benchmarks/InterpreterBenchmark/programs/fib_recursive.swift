// Benchmark: naive recursive Fibonacci (function calls, comparisons, integer adds).
func fib(_ n: Int) -> Int {
    if n < 2 {
        return n
    }
    return fib(n - 1) + fib(n - 2)
}
print("checksum: \(fib(33))")
