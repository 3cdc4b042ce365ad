# Benchmark: a particle simulation with a small Vec class, plus/scaled methods and a step
# method called on the elements of a list.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Particle:
    def __init__(self, position, velocity, mass):
        self.position = position
        self.velocity = velocity
        self.mass = mass

    def step(self, dt, gravity):
        self.velocity = self.velocity.plus(gravity.scaled(dt))
        self.position = self.position.plus(self.velocity.scaled(dt))
        if self.position.y < 0:
            self.position.y = -self.position.y
            self.velocity.y = -self.velocity.y * 0.8
        if self.position.x < 0 or self.position.x > 50:
            self.velocity.x = -self.velocity.x


particles = []
for i in range(300):
    f = float(i)
    start = Vec(math.fmod(f, 50), 20 + math.fmod(f, 9))
    push = Vec(math.fmod(f, 7) - 3, 0.0)
    particles.append(Particle(start, push, 1 + math.fmod(f, 3)))

gravity = Vec(0.0, -9.81)
for _ in range(1000):
    for i in range(len(particles)):
        particles[i].step(0.005, gravity)

energy = 0.0
center = Vec(0.0, 0.0)
for p in particles:
    speed = p.velocity.length()
    energy += 0.5 * p.mass * speed * speed
    center = center.plus(p.position.scaled(1.0 / len(particles)))
print(f"checksum: {int(energy * 1000)} {int(center.x * 1000)} {int(center.y * 1000)}")
