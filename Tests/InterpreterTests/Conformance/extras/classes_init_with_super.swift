class Shape {
    var sides: Int
    init(sides: Int) { self.sides = sides }
}
class Square: Shape {
    var length: Double
    init(length: Double) {
        self.length = length
        super.init(sides: 4)
    }
    var area: Double { length * length }
}
let s = Square(length: 3)
print(s.sides, s.area)

// expect: 4 9.0
