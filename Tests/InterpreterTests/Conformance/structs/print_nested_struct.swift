struct Size {
    var w: Int
    var h: Int
}
struct Rect {
    var origin: (Int, Int)
    var size: Size
    var name: String
}
let r = Rect(origin: (0, 1), size: Size(w: 3, h: 4), name: "box")
print(r)
print([Size(w: 1, h: 1)])

// expect: Rect(origin: (0, 1), size: main.Size(w: 3, h: 4), name: "box")
// expect: [main.Size(w: 1, h: 1)]
