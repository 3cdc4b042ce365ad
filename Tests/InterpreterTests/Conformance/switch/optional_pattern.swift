let values: [Int?] = [nil, 0, 7]
for v in values {
    switch v {
    case nil:
        print("nothing")
    case 0?:
        print("zero")
    case let x?:
        print("value \(x)")
    }
}

// expect: nothing
// expect: zero
// expect: value 7
