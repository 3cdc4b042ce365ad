struct Point { var x: Int; var y: Int }
extension Point {
    func manhattan() -> Int { abs(x) + abs(y) }
}
print(Point(x: -3, y: 4).manhattan())

// expect: 7
