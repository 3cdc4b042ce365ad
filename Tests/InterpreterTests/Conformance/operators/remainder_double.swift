print(7.5.truncatingRemainder(dividingBy: 2))
print((-7.5).truncatingRemainder(dividingBy: 2))

// expect: 1.5
// expect: -1.5
