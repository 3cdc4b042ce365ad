// Sum of multiples: the sum of the distinct multiples of some factors below a limit.
func sumOfMultiples(of factors: [Int], below limit: Int) -> Int {
    var multiples = Set<Int>()
    for f in factors where f > 0 {
        for m in stride(from: f, to: limit, by: f) { multiples.insert(m) }
    }
    return multiples.reduce(0, +)
}
// cell
let cases: [([Int], Int)] = [([3, 5], 1), ([3, 5], 4), ([3], 7), ([3, 5], 10), ([3, 5], 100), ([3, 5], 1000),
                             ([7, 13, 17], 20), ([4, 6], 15), ([5, 6, 8], 150), ([5, 25], 51), ([43, 47], 10000),
                             ([1], 100), ([], 10000), ([0], 1), ([3, 0], 4), ([2, 3, 5, 7, 11], 10000)]
for (factors, limit) in cases {
    print(factors, limit, sumOfMultiples(of: factors, below: limit))
}

// expect: [3, 5] 1 0
// expect: [3, 5] 4 3
// expect: [3] 7 9
// expect: [3, 5] 10 23
// expect: [3, 5] 100 2318
// expect: [3, 5] 1000 233168
// expect: [7, 13, 17] 20 51
// expect: [4, 6] 15 30
// expect: [5, 6, 8] 150 4419
// expect: [5, 25] 51 275
// expect: [43, 47] 10000 2203160
// expect: [1] 100 4950
// expect: [] 10000 0
// expect: [0] 1 0
// expect: [3, 0] 4 3
// expect: [2, 3, 5, 7, 11] 10000 39614537
