var width = 3.0
var height = 4.0
var area: Double { width * height }
print(area)
width = 10
print(area)
var diagonal: Double {
    let sq = width * width + height * height
    return sq.squareRoot()
}
print(diagonal)

// expect: 12.0
// expect: 40.0
// expect: 10.770329614269007
