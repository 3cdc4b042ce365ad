let zeros = Array(repeatElement(0, count: 4))
print(zeros)
var grid = Array(repeating: Array(repeating: ".", count: 3), count: 2)
grid[1][2] = "#"
for row in grid { print(row.joined()) }

// expect: [0, 0, 0, 0]
// expect: ...
// expect: ..#
