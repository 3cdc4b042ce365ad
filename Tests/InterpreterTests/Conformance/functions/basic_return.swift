func square(_ x: Int) -> Int {
    return x * x
}
print(square(7))
print(square(square(2)))

// expect: 49
// expect: 16
