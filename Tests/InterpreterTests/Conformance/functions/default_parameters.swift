func power(_ base: Int, exponent: Int = 2) -> Int {
    var r = 1
    for _ in 0..<exponent { r *= base }
    return r
}
print(power(3))
print(power(2, exponent: 10))

// expect: 9
// expect: 1024
