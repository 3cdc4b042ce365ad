enum Direction {
    case north, south, east, west
}
let d = Direction.north
print(d)
var e: Direction = .east
print(e)
e = .west
print(e)
print([Direction.south, .north])

// expect: north
// expect: east
// expect: west
// expect: [main.Direction.south, main.Direction.north]
