struct Cell: Hashable {
    var row: Int
    var col: Int
}

var visited: Set<Cell> = []
visited.insert(Cell(row: 0, col: 0))
visited.insert(Cell(row: 0, col: 1))
visited.insert(Cell(row: 0, col: 0))
print(visited.count)
print(visited.contains(Cell(row: 0, col: 1)), visited.contains(Cell(row: 5, col: 5)))

var cost: [Cell: Int] = [:]
cost[Cell(row: 1, col: 1)] = 7
cost[Cell(row: 1, col: 1), default: 0] += 3
cost[Cell(row: 2, col: 0), default: 0] += 1
print(cost[Cell(row: 1, col: 1)]!, cost.count)

// expect: 2
// expect: true false
// expect: 10 2
