func summarize(_ xs: [Int]) -> String {
    struct Stats {
        var lo: Int
        var hi: Int
        var span: Int { hi - lo }
    }
    var s = Stats(lo: xs[0], hi: xs[0])
    for x in xs {
        if x < s.lo { s.lo = x }
        if x > s.hi { s.hi = x }
    }
    return "\(s.lo)..\(s.hi) span \(s.span)"
}

print(summarize([4, 9, 1, 7]))
print(summarize([5]))

// expect: 1..9 span 8
// expect: 5..5 span 0
