protocol Shape {
    func draw() -> String
}

struct Star: Shape {
    var points: Int
    func draw() -> String { String(repeating: "*", count: points) }
}

struct Boxed: Shape {
    var inner: Star
    func draw() -> String { "[" + inner.draw() + "]" }
}

func makeShape(_ n: Int) -> some Shape {
    Boxed(inner: Star(points: n))
}

func render(_ s: some Shape) -> String {
    s.draw()
}

let shape = makeShape(3)
print(shape.draw())
print(render(Star(points: 5)))

// expect: [***]
// expect: *****
