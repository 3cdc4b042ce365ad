func scale(_ x: Double, by k: Double = 2) -> Double { x * k }
print(scale(3))
print(scale(3, by: 0.5))

// expect: 6.0
// expect: 1.5
