// Benchmark: sieve of Eratosthenes over a Bool array, then count and sum the primes.
let limit = 2_000_000
var isPrime = Array(repeating: true, count: limit + 1)
isPrime[0] = false
isPrime[1] = false
var p = 2
while p * p <= limit {
    if isPrime[p] {
        var m = p * p
        while m <= limit {
            isPrime[m] = false
            m += p
        }
    }
    p += 1
}
var count = 0
var sum = 0
for i in 0...limit {
    if isPrime[i] {
        count += 1
        sum += i
    }
}
print("checksum: count=\(count) sum=\(sum)")
