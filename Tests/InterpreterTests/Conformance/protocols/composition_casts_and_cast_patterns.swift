// Casts to protocol compositions, and cast patterns on tuples, closures and values inside Any?.
protocol Shape { var area: Double { get } }
protocol Scalable { func scaled(_ k: Double) -> Self }
struct Sq: Shape, Scalable { var s: Double; var area: Double { s * s }; func scaled(_ k: Double) -> Sq { Sq(s: s * k) } }
struct Ci: Shape { var r: Double; var area: Double { 3 * r * r } }
let shapes: [Shape] = [Sq(s: 2), Ci(r: 1)]
for s in shapes {
    if let sc = s as? any Scalable & Shape { print("scalable", sc.area) } else { print("fixed", s.area) }
}
let things: [Any?] = [5, 2.5, (3.0, 5.0), { (n: String) in "Hi, \(n)" }, nil]
for t in things {
    switch t {
    case let n as Int: print("int", n + 1)
    case let (x, y) as (Double, Double): print("point", x, y)
    case let d as Double: print("double", d)
    case let f as (String) -> String: print(f("Ann"))
    default: print("other")
    }
}

// expect: scalable 4.0
// expect: fixed 3.0
// expect: int 6
// expect: double 2.5
// expect: point 3.0 5.0
// expect: Hi, Ann
// expect: other
