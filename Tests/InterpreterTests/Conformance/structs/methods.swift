struct Circle {
    var radius: Double
    func area() -> Double {
        return 3.0 * radius * radius
    }
    func scaled(by k: Double) -> Circle {
        Circle(radius: radius * k)
    }
}
let c = Circle(radius: 2)
print(c.area())
print(c.scaled(by: 1.5).radius)

// expect: 12.0
// expect: 3.0
