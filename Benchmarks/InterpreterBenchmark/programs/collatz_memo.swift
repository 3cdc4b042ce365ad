// Benchmark: memoized recursion: Collatz chain lengths cached in a `[Int: Int]` dictionary,
// and a memoized count of lattice paths through a grid with blocked cells.
var memo: [Int: Int] = [1: 1]

func collatzLength(_ n: Int) -> Int {
    if let known = memo[n] {
        return known
    }
    let next = n % 2 == 0 ? n / 2 : 3 * n + 1
    let length = 1 + collatzLength(next)
    memo[n] = length
    return length
}

var bestStart = 1
var bestLength = 1
for n in 1..<150000 {
    let length = collatzLength(n)
    if length > bestLength {
        bestLength = length
        bestStart = n
    }
}

let size = 60
var pathMemo: [Int: Int] = [:]
func paths(_ row: Int, _ col: Int) -> Int {
    if row == size - 1 && col == size - 1 {
        return 1
    }
    if row >= size || col >= size || (row * 7 + col * 3) % 11 == 0 {
        return 0
    }
    let key = row * size + col
    if let known = pathMemo[key] {
        return known
    }
    let total = (paths(row + 1, col) + paths(row, col + 1)) % 1000000007
    pathMemo[key] = total
    return total
}

var pathSum = 0
for round in 0..<20 {
    pathMemo = [:]
    pathSum = (pathSum + paths(round % 3, round % 5)) % 1000000007
}
print("checksum: \(bestStart) \(bestLength) \(memo.count) \(pathSum)")
