func process(_ a: Int?, _ b: Int?) -> Int {
    guard let x = a, let y = b, y != 0 else {
        return -1
    }
    return x / y
}
print(process(10, 2))
print(process(nil, 2))
print(process(10, 0))

// expect: 5
// expect: -1
// expect: -1
