# Benchmark: a queue algorithm: breadth-first search on a grid maze from several starts,
# with collections.deque as the queue, and a stack-based flood fill.
from collections import deque

width = 120
height = 120

seed = 21


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


walls = [[False] * width for _ in range(height)]
for r in range(height):
    for c in range(width):
        if random(100) < 28:
            walls[r][c] = True
walls[0][0] = False

directions = [(1, 0), (-1, 0), (0, 1), (0, -1)]


def bfs(start):
    distance = [[-1] * width for _ in range(height)]
    queue = deque([start])
    reached = 1
    distance[start[0]][start[1]] = 0
    farthest = 0
    while queue:
        row, col = queue.popleft()
        for dr, dc in directions:
            nr, nc = row + dr, col + dc
            if nr < 0 or nr >= height or nc < 0 or nc >= width:
                continue
            if walls[nr][nc] or distance[nr][nc] != -1:
                continue
            distance[nr][nc] = distance[row][col] + 1
            farthest = max(farthest, distance[nr][nc])
            queue.append((nr, nc))
            reached += 1
    return reached, farthest


def regions():
    seen = [row[:] for row in walls]
    count = 0
    for r in range(height):
        for c in range(width):
            if seen[r][c]:
                continue
            count += 1
            stack = [(r, c)]
            seen[r][c] = True
            while stack:
                row, col = stack.pop()
                for dr, dc in directions:
                    nr, nc = row + dr, col + dc
                    if 0 <= nr < height and 0 <= nc < width and not seen[nr][nc]:
                        seen[nr][nc] = True
                        stack.append((nr, nc))
    return count


checksum = 0
for i in range(14):
    start = ((i * 37) % height, (i * 53) % width)
    walls[start[0]][start[1]] = False
    reached, farthest = bfs(start)
    checksum += reached * 3 + farthest
print(f"checksum: {checksum} {regions()}")
