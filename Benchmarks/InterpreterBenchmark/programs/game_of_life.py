# Benchmark: a 2-D list: Conway's game of life on a wrapping grid of bools.
rows = 64
cols = 64

seed = 5


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


grid = []
for _ in range(rows):
    row = []
    for _ in range(cols):
        row.append(random(3) == 0)
    grid.append(row)


def live_neighbors(grid, r, c):
    count = 0
    for dr in range(-1, 2):
        for dc in range(-1, 2):
            if dr == 0 and dc == 0:
                continue
            nr = (r + dr + rows) % rows
            nc = (c + dc + cols) % cols
            if grid[nr][nc]:
                count += 1
    return count


history = []
for _ in range(40):
    nxt = [row[:] for row in grid]
    alive = 0
    for r in range(rows):
        for c in range(cols):
            n = live_neighbors(grid, r, c)
            if grid[r][c]:
                nxt[r][c] = n == 2 or n == 3
            else:
                nxt[r][c] = n == 3
            if nxt[r][c]:
                alive += 1
    grid = nxt
    history.append(alive)
print(f"checksum: {sum(history)} {history[-1]} {max(history)}")
