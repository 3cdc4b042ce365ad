let t: (Int?, String?) = (nil, "a")
print(t)
let u = (Optional(1), [Optional(2.0)])
print(u)

// expect: (nil, Optional("a"))
// expect: (Optional(1), [Optional(2.0)])
