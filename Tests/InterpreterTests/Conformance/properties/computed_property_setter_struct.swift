struct Rect {
    var origin = (x: 0.0, y: 0.0)
    var size = (w: 4.0, h: 2.0)
    var center: (x: Double, y: Double) {
        get { (origin.x + size.w / 2, origin.y + size.h / 2) }
        set {
            origin.x = newValue.x - size.w / 2
            origin.y = newValue.y - size.h / 2
        }
    }
}
var r = Rect()
print(r.center)
r.center = (x: 10, y: 10)
print(r.origin)

// expect: (x: 2.0, y: 1.0)
// expect: (x: 8.0, y: 9.0)
