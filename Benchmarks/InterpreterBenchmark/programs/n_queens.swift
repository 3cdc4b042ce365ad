// Benchmark: plain recursion with backtracking: count the solutions of the N-queens puzzle
// with arrays of Bool marking the used columns and diagonals.
var columns: [Bool] = []
var rising: [Bool] = []
var falling: [Bool] = []
var solutions = 0
var placements = 0

func place(_ row: Int, _ n: Int) {
    if row == n {
        solutions += 1
        return
    }
    for col in 0..<n {
        if !columns[col] && !rising[row + col] && !falling[row - col + n - 1] {
            placements += 1
            columns[col] = true
            rising[row + col] = true
            falling[row - col + n - 1] = true
            place(row + 1, n)
            columns[col] = false
            rising[row + col] = false
            falling[row - col + n - 1] = false
        }
    }
}

func countSolutions(_ n: Int) -> Int {
    columns = Array(repeating: false, count: n)
    rising = Array(repeating: false, count: 2 * n - 1)
    falling = Array(repeating: false, count: 2 * n - 1)
    solutions = 0
    place(0, n)
    return solutions
}

var results: [Int] = []
for _ in 0..<3 {
    for n in 4...10 {
        results.append(countSolutions(n))
    }
}
print("checksum: \(results) \(placements)")
