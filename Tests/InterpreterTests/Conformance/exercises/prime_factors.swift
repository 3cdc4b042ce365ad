// Prime factors: the prime factorization of a number, smallest factor first.
extension Int {
    var primeFactors: [Int] {
        var n = self
        var factors: [Int] = []
        var divisor = 2
        while n > 1 {
            while n % divisor == 0 {
                factors.append(divisor)
                n /= divisor
            }
            divisor += 1
            if divisor * divisor > n, n > 1 {
                factors.append(n)
                break
            }
        }
        return factors
    }
}
// cell
for n in [1, 2, 3, 9, 4, 8, 6, 27, 625, 901255, 93819012551, 1_000_000_007, 360, 2 * 3 * 5 * 7 * 11 * 13] {
    let factors = n.primeFactors
    print(n, factors, factors.reduce(1, *) == n)
}

// expect: 1 [] true
// expect: 2 [2] true
// expect: 3 [3] true
// expect: 9 [3, 3] true
// expect: 4 [2, 2] true
// expect: 8 [2, 2, 2] true
// expect: 6 [2, 3] true
// expect: 27 [3, 3, 3] true
// expect: 625 [5, 5, 5, 5] true
// expect: 901255 [5, 17, 23, 461] true
// expect: 93819012551 [11, 9539, 894119] true
// expect: 1000000007 [1000000007] true
// expect: 360 [2, 2, 2, 3, 3, 5] true
// expect: 30030 [2, 3, 5, 7, 11, 13] true
