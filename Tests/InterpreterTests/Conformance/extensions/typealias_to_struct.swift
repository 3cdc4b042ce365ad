struct Point2D {
    var x: Double
    var y: Double
}

typealias Location = Point2D
typealias Path = [Location]

let home = Location(x: 0, y: 1)
let trip: Path = [home, Location(x: 3, y: 5)]
print(trip.count, trip[1].x)
print(home)

// expect: 2 3.0
// expect: Point2D(x: 0.0, y: 1.0)
