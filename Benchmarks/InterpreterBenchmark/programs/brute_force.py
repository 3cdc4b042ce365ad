# Benchmark: a brute-force nested-loop search: Pythagorean triples up to a limit, and
# pairs of numbers whose digit sums and product satisfy a condition.
import math


def digit_sum(n):
    rest = n
    total = 0
    while rest > 0:
        total += rest % 10
        rest //= 10
    return total


limit = 1000
triples = 0
perimeter_sum = 0
for a in range(1, limit + 1):
    for b in range(a, limit + 1):
        c2 = a * a + b * b
        c = int(math.sqrt(c2))
        if c <= limit and c * c == c2:
            triples += 1
            perimeter_sum += a + b + c

digit_sums = []
for n in range(400):
    digit_sums.append(digit_sum(n))
matches = 0
for x in range(400):
    for y in range(x, 400):
        if digit_sums[x] == digit_sums[y] and (x * y) % 7 == 1:
            matches += 1
print(f"checksum: {triples} {perimeter_sum} {matches}")
