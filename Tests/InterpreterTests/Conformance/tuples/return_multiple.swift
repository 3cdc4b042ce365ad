func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0]
    var hi = xs[0]
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
let r = minMax([3, 9, -2, 5])
print(r.min, r.max)
print(r)

// expect: -2 9
// expect: (min: -2, max: 9)
