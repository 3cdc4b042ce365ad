let points = [(0, 0), (1, 2), (3, 1)]
for (x, y) in points {
    print(x + y)
}
for p in points where p.0 > 0 {
    print(p)
}

// expect: 0
// expect: 3
// expect: 4
// expect: (1, 2)
// expect: (3, 1)
