let r = 10..<20
print(r.contains(10), r.contains(20))
let c = 1.0...2.0
print(c.contains(1.5))
print(r.lowerBound, r.upperBound)

// expect: true false
// expect: true
// expect: 10 20
