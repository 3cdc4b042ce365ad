print(min(3, 7), max(3, 7))
print(min(2.5, 1.5, 3.5))
print(max("a", "b"))

// expect: 3 7
// expect: 1.5
// expect: b
