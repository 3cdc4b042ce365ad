# Benchmark: duck-typed shape classes in a hot loop: area/perimeter properties and a
# scaled method, a list of mixed objects used through the common interface.
import math


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def area(self):
        return 3.141592653589793 * self.radius * self.radius

    @property
    def perimeter(self):
        return 2 * 3.141592653589793 * self.radius

    def scaled(self, factor):
        return Circle(self.radius * factor)


class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    def scaled(self, factor):
        return Rectangle(self.width * factor, self.height * factor)


class Triangle:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    @property
    def perimeter(self):
        return self.a + self.b + self.c

    @property
    def area(self):
        s = self.perimeter / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def scaled(self, factor):
        return Triangle(self.a * factor, self.b * factor, self.c * factor)


shapes = []
for i in range(3000):
    f = float(i % 17) + 1
    if i % 3 == 0:
        shapes.append(Circle(f))
    elif i % 3 == 1:
        shapes.append(Rectangle(f, f / 2 + 1))
    else:
        shapes.append(Triangle(f + 2, f + 3, f + 4))

total_area = 0.0
total_perimeter = 0.0
circles = 0
for rnd in range(60):
    factor = 1.0 + (rnd % 5) / 10.0
    for shape in shapes:
        bigger = shape.scaled(factor)
        total_area += bigger.area
        total_perimeter += bigger.perimeter
        if isinstance(shape, Circle):
            circles += 1
print(f"checksum: {int(total_area)} {int(total_perimeter)} {circles}")
