var xs = [1, 2]
print(xs.popLast())
print(xs.popLast())
print(xs.popLast())

// expect: Optional(2)
// expect: Optional(1)
// expect: nil
