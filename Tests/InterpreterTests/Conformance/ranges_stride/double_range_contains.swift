let unit = 0.0..<1.0
print(unit.contains(0.999))
print(unit.contains(1.0))

// expect: true
// expect: false
