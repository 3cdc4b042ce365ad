let xs: [Int?] = [1, nil, 3]
for case let x? in xs {
    print(x)
}

// expect: 1
// expect: 3
