struct Stats {
    var count = 0
    mutating func record(_ values: [Int], into sum: inout Int) {
        for v in values {
            sum += v
            count += 1
        }
    }
}
var s = Stats()
var total = 0
s.record([1, 2, 3], into: &total)
s.record([10], into: &total)
print(s.count, total)

// expect: 4 16
