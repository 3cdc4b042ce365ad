struct Point { var x: Double; var y: Double }
let p: Point? = Point(x: 1, y: 2)
print(p)
print(p!)
print([p, nil])

// expect: Optional(main.Point(x: 1.0, y: 2.0))
// expect: Point(x: 1.0, y: 2.0)
// expect: [Optional(main.Point(x: 1.0, y: 2.0)), nil]
