struct Rect {
    var width: Double
    var height: Double
    var area: Double {
        width * height
    }
    var isSquare: Bool {
        return width == height
    }
}
let r = Rect(width: 3, height: 4)
print(r.area, r.isSquare)
print(Rect(width: 2, height: 2).isSquare)

// expect: 12.0 false
// expect: true
