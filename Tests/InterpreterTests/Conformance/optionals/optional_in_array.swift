let xs: [Int?] = [1, nil, 3]
print(xs)
var sum = 0
for x in xs {
    if let x = x { sum += x }
}
print(sum)

// expect: [Optional(1), nil, Optional(3)]
// expect: 4
