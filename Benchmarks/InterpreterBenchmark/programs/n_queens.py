# Benchmark: plain recursion with backtracking: count the solutions of the N-queens puzzle
# with lists of bools marking the used columns and diagonals.
columns = []
rising = []
falling = []
solutions = 0
placements = 0


def place(row, n):
    global solutions, placements
    if row == n:
        solutions += 1
        return
    for col in range(n):
        if not columns[col] and not rising[row + col] and not falling[row - col + n - 1]:
            placements += 1
            columns[col] = True
            rising[row + col] = True
            falling[row - col + n - 1] = True
            place(row + 1, n)
            columns[col] = False
            rising[row + col] = False
            falling[row - col + n - 1] = False


def count_solutions(n):
    global columns, rising, falling, solutions
    columns = [False] * n
    rising = [False] * (2 * n - 1)
    falling = [False] * (2 * n - 1)
    solutions = 0
    place(0, n)
    return solutions


results = []
for _ in range(3):
    for n in range(4, 11):
        results.append(count_solutions(n))
print(f"checksum: {results} {placements}")
