class Circle {
    var radius: Double
    lazy var area: Double = {
        print("computing area")
        return 3.0 * radius * radius
    }()
    init(radius: Double) { self.radius = radius }
}
let c = Circle(radius: 2)
print(c.area)
print(c.area)
c.area = 1
print(c.area)

// expect: computing area
// expect: 12.0
// expect: 12.0
// expect: 1.0
