// Nth prime: the n-th prime number, by trial division against the primes found so far.
enum PrimeError: Error { case noZerothPrime }

struct Primes: Sequence, IteratorProtocol {
    private var found: [Int] = []
    private var candidate = 1

    mutating func next() -> Int? {
        while true {
            candidate += 1
            let c = candidate
            if found.prefix(while: { $0 * $0 <= c }).allSatisfy({ c % $0 != 0 }) {
                found.append(c)
                return c
            }
        }
    }
}

func nthPrime(_ n: Int) throws -> Int {
    guard n > 0 else { throw PrimeError.noZerothPrime }
    var primes = Primes()
    var p = 0
    for _ in 0..<n { p = primes.next()! }
    return p
}
// cell
for n in [1, 2, 3, 6, 100, 1000, 10001, 0] {
    if let p = try? nthPrime(n) { print(n, p) } else { print(n, "there is no zeroth prime") }
}
print(Array(Primes().prefix(15)))
print(Primes().first { $0 > 500 } ?? 0)

// expect: 1 2
// expect: 2 3
// expect: 3 5
// expect: 6 13
// expect: 100 541
// expect: 1000 7919
// expect: 10001 104743
// expect: 0 there is no zeroth prime
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// expect: 503
