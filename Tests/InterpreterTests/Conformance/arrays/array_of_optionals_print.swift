let xs: [Int?] = [nil, 2]
print(xs)
let ss: [String?] = ["x", nil]
print(ss)

// expect: [nil, Optional(2)]
// expect: [Optional("x"), nil]
