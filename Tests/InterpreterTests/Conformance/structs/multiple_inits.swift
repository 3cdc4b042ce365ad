struct Color {
    var r: Double, g: Double, b: Double
    init(r: Double, g: Double, b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }
    init(gray: Double) {
        self.init(r: gray, g: gray, b: gray)
    }
}
print(Color(gray: 0.5))
print(Color(r: 1, g: 0, b: 0).r)

// expect: Color(r: 0.5, g: 0.5, b: 0.5)
// expect: 1.0
