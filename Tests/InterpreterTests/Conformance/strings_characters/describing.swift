struct P { var x: Int }
print(String(describing: 42), String(describing: [1, 2]), String(describing: P(x: 1)))
let o: Int? = 5
print(String(describing: o))
print(String(3.5) + "!")

// expect: 42 [1, 2] P(x: 1)
// expect: Optional(5)
// expect: 3.5!
