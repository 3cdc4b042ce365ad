# Benchmark: nested integer loops with arithmetic, a branch and a modulus per iteration.
total = 0
for i in range(1500):
    for j in range(1500):
        v = (i * j + i + j) % 7
        if v > 3:
            total += v
        else:
            total -= 1
print(f"checksum: {total}")
