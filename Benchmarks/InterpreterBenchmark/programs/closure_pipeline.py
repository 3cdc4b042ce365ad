# Benchmark: comprehensions and lambdas (the Python idiom for map/filter/reduce/sorted/any)
# in a loop, including lambdas that capture local variables.
from functools import reduce


class Reading:
    def __init__(self, sensor, value):
        self.sensor = sensor
        self.value = value


total = 0
weighted = 0.0
for rnd in range(2500):
    numbers = [(i * 37 + rnd * 11) % 101 for i in range(120)]
    evens = [n for n in numbers if n % 2 == 0]
    squares = [n * n for n in evens]
    total_sq = sum(squares)
    largest = reduce(lambda a, b: max(a, b), numbers, 0)
    threshold = rnd % 50
    above = len([n for n in numbers if n > threshold])
    total += total_sq + largest + above
    if any(n == threshold for n in numbers):
        total += 1

    readings = [Reading(n % 7, n * 0.5) for n in numbers[:30]]
    scale = float(rnd % 10 + 1)
    scaled = [r.value * scale for r in readings]
    weighted += reduce(lambda a, b: a + b, scaled, 0.0) / len(scaled)
    best = sorted(readings, key=lambda r: r.value, reverse=True)[0]
    total += best.sensor
print(f"checksum: {total} {int(weighted * 1000)}")
