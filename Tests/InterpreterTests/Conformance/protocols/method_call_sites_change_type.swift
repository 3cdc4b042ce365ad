protocol Shape {
    func area() -> Double
    func describe(_ prefix: String) -> String
}

struct Square: Shape {
    var side: Double
    func area() -> Double { return side * side }
    func describe(_ prefix: String) -> String { return prefix + " square \(side)" }
}

struct Disc: Shape {
    var r: Double
    func area() -> Double { return 3 * r * r }
    func describe(_ prefix: String) -> String { return prefix + " disc \(r)" }
}

class Counter {
    var hits = 0
    func bump(_ by: Int) -> Int {
        hits += by
        return hits
    }
}

class LoudCounter: Counter {
    override func bump(_ by: Int) -> Int {
        hits += by * 10
        return hits
    }
}

let shapes: [Shape] = [Square(side: 2), Disc(r: 1), Square(side: 3), Disc(r: 2)]
var total = 0.0
for s in shapes {
    total += s.area()
    print(s.describe("a"))
}
print(total)

let counters = [Counter(), LoudCounter(), Counter()]
var sum = 0
for _ in 0..<3 {
    for c in counters { sum += c.bump(1) }
}
print(sum, counters.map { $0.hits })

// expect: a square 2.0
// expect: a disc 1.0
// expect: a square 3.0
// expect: a disc 2.0
// expect: 28.0
// expect: 72 [3, 30, 3]
