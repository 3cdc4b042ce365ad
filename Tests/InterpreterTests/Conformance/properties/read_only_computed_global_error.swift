var base = 2
var twice: Int { base * 2 }
print(twice)
base = 21
print(twice)

// expect: 4
// expect: 42
