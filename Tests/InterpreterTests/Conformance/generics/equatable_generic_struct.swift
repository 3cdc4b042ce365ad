struct Pair<T: Equatable>: Equatable {
    var a: T
    var b: T
    var isSymmetric: Bool { a == b }
}

let p = Pair(a: 1, b: 1)
let q = Pair(a: "x", b: "y")
print(p.isSymmetric, q.isSymmetric)
print(p == Pair(a: 1, b: 1), q == Pair(a: "y", b: "x"))

// expect: true false
// expect: true false
