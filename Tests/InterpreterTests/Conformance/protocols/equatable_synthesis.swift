struct Point: Equatable {
    var x: Int
    var y: Int
}

enum Direction: Equatable {
    case north, south
    case custom(degrees: Int)
}

let a = Point(x: 1, y: 2)
let b = Point(x: 1, y: 2)
let c = Point(x: 2, y: 1)
print(a == b, a == c, a != c)
print([a, c].contains(b))
print([a, b, c].firstIndex(of: c)!)
print(Direction.custom(degrees: 90) == .custom(degrees: 90))
print(Direction.north == .south)
print(Direction.custom(degrees: 1) != .custom(degrees: 2))

// expect: true false true
// expect: true
// expect: 2
// expect: true
// expect: false
// expect: true
