// Sieve of Eratosthenes: the primes up to a limit.
func primes(upTo limit: Int) -> [Int] {
    guard limit >= 2 else { return [] }
    var isComposite = [Bool](repeating: false, count: limit + 1)
    var p = 2
    while p * p <= limit {
        if !isComposite[p] {
            for multiple in stride(from: p * p, through: limit, by: p) { isComposite[multiple] = true }
        }
        p += 1
    }
    return (2...limit).filter { !isComposite[$0] }
}
// cell
print(primes(upTo: 1))
print(primes(upTo: 2))
print(primes(upTo: 10))
print(primes(upTo: 13))
print(primes(upTo: 100))
let big = primes(upTo: 100_000)
print(big.count, big.last ?? 0, big.suffix(3))
let twins = zip(big, big.dropFirst()).filter { $1 - $0 == 2 }.count
print("twin prime pairs below 100000:", twins)

// expect: []
// expect: [2]
// expect: [2, 3, 5, 7]
// expect: [2, 3, 5, 7, 11, 13]
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
// expect: 9592 99991 [99971, 99989, 99991]
// expect: twin prime pairs below 100000: 1224
