# Benchmark: an array of particle objects updated in place by mutating methods.
import math


class Particle:
    __slots__ = ("x", "y", "vx", "vy")

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.vy -= 9.8 * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.9
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
            self.x = -self.x if self.x < 0 else 200 - self.x


particles = []
for i in range(500):
    f = float(i)
    particles.append(Particle(math.fmod(f, 100), 10 + math.fmod(f, 7),
                              math.fmod(f, 13) - 6, math.fmod(f, 5)))
for _ in range(2500):
    for i in range(len(particles)):
        particles[i].step(0.01)
sx = 0.0
sy = 0.0
for p in particles:
    sx += p.x
    sy += p.y
print(f"checksum: {int(sx * 1000)} {int(sy * 1000)}")
