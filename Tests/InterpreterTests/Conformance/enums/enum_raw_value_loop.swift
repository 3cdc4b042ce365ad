enum Level: Int { case low = 1, mid = 5, high = 10 }
var total = 0
for raw in 0...10 {
    if let l = Level(rawValue: raw) {
        total += l.rawValue
        print(l)
    }
}
print(total)

// expect: low
// expect: mid
// expect: high
// expect: 16
