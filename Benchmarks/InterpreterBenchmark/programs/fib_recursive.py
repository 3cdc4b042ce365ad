# Benchmark: naive recursive Fibonacci (function calls, comparisons, integer adds).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(f"checksum: {fib(33)}")
