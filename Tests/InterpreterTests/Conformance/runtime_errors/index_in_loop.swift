let xs = [5, 6, 7]
var total = 0
for i in 0...xs.count {
    total += xs[i]
    print(total)
}

// expect: 5
// expect: 11
// expect: 18
// expect error: 4: Index out of range
