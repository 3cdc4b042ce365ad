// Change: the fewest coins that make an amount, by dynamic programming.
enum ChangeError: Error { case negativeTarget, noCombination }

func fewestCoins(_ coins: [Int], target: Int) throws -> [Int] {
    guard target >= 0 else { throw ChangeError.negativeTarget }
    var best: [[Int]?] = Array(repeating: nil, count: target + 1)
    best[0] = []
    for amount in stride(from: 1, through: target, by: 1) {
        for coin in coins where coin <= amount {
            guard let previous = best[amount - coin] else { continue }
            if best[amount] == nil || previous.count + 1 < best[amount]!.count {
                best[amount] = previous + [coin]
            }
        }
    }
    guard let answer = best[target] else { throw ChangeError.noCombination }
    return answer.sorted()
}
// cell
let cases: [([Int], Int)] = [([1, 5, 10, 25, 100], 25), ([1, 5, 10, 25, 100], 15), ([1, 4, 15, 20, 50], 23),
                             ([1, 5, 10, 21, 25], 63), ([2, 5, 10, 20, 50], 21), ([1, 2, 5, 10, 20, 50, 100], 999),
                             ([2, 5, 10, 20, 50], 1), ([4, 5], 27), ([1, 5, 10, 21, 25], 0), ([5, 10], 3),
                             ([5, 10], -5), ([3, 7], 11)]
for (coins, target) in cases {
    do {
        print(target, try fewestCoins(coins, target: target))
    } catch {
        print(target, "error:", error)
    }
}

// expect: 25 [25]
// expect: 15 [5, 10]
// expect: 23 [4, 4, 15]
// expect: 63 [21, 21, 21]
// expect: 21 [2, 2, 2, 5, 10]
// expect: 999 [2, 2, 5, 20, 20, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100]
// expect: 1 error: noCombination
// expect: 27 [4, 4, 4, 5, 5, 5]
// expect: 0 []
// expect: 3 error: noCombination
// expect: -5 error: negativeTarget
// expect: 11 error: noCombination
