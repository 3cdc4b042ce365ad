print(1, 2, 3)
print(1, 2, 3, separator: ", ")
print("a", "b", separator: "")
print("x", 1.5, true)

// expect: 1 2 3
// expect: 1, 2, 3
// expect: ab
// expect: x 1.5 true
