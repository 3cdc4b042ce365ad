# Benchmark: dense matrix product with nested lists (the triple loop a student writes).
n = 160
a = []
b = []
for i in range(n):
    row_a = []
    row_b = []
    for j in range(n):
        row_a.append(((i * 7 + j * 3) % 11) / 10.0)
        row_b.append(((i * 5 + j * 2) % 13) / 10.0 - 0.5)
    a.append(row_a)
    b.append(row_b)
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        total_ij = 0.0
        for k in range(n):
            total_ij += a[i][k] * b[k][j]
        c[i][j] = total_ij
trace = 0.0
total = 0.0
for i in range(n):
    trace += c[i][i]
    for j in range(n):
        total += c[i][j]
print(f"checksum: {int(trace * 1000)} {int(total * 1000)}")
