typealias Vector = [Double]
typealias Matrix = [Vector]
typealias Score = Int

func dot(_ a: Vector, _ b: Vector) -> Double {
    var s = 0.0
    for i in 0..<a.count { s += a[i] * b[i] }
    return s
}

let m: Matrix = [[1, 2], [3, 4]]
let v: Vector = [1, 1]
print(m.map { dot($0, v) })
var best: Score = 10
best += 5
print(best)
let w: Vector = [2, 3]
print(w)

// expect: [3.0, 7.0]
// expect: 15
// expect: [2.0, 3.0]
