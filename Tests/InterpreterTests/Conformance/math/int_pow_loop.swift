func ipow(_ b: Int, _ e: Int) -> Int {
    var r = 1
    for _ in 0..<e { r *= b }
    return r
}
print(ipow(3, 4))
print(ipow(2, 62))

// expect: 81
// expect: 4611686018427387904
