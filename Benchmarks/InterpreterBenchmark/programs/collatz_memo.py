# Benchmark: memoized recursion: Collatz chain lengths cached in a dict, and a memoized
# count of lattice paths through a grid with blocked cells.
import sys

sys.setrecursionlimit(10000)
memo = {1: 1}


def collatz_length(n):
    if n in memo:
        return memo[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    length = 1 + collatz_length(nxt)
    memo[n] = length
    return length


best_start = 1
best_length = 1
for n in range(1, 150000):
    length = collatz_length(n)
    if length > best_length:
        best_length = length
        best_start = n

size = 60
path_memo = {}


def paths(row, col):
    if row == size - 1 and col == size - 1:
        return 1
    if row >= size or col >= size or (row * 7 + col * 3) % 11 == 0:
        return 0
    key = row * size + col
    if key in path_memo:
        return path_memo[key]
    total = (paths(row + 1, col) + paths(row, col + 1)) % 1000000007
    path_memo[key] = total
    return total


path_sum = 0
for rnd in range(20):
    path_memo = {}
    path_sum = (path_sum + paths(rnd % 3, rnd % 5)) % 1000000007
print(f"checksum: {best_start} {best_length} {len(memo)} {path_sum}")
