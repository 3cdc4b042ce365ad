var total = 0
[1, 2, 3].forEach { total += $0 }
print(total)
["x", "y"].forEach { print($0) }

// expect: 6
// expect: x
// expect: y
