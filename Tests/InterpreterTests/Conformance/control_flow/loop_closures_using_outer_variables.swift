func scaled(_ rows: [[Int]], by k: Int) -> [Int] {
    var totals: [Int] = []
    var calls = 0
    for row in rows {
        let s = row.map { x -> Int in calls += 1; return x * k }.reduce(0, +)
        totals.append(s)
        if s > 100 { return totals }
    }
    print("calls", calls)
    return totals
}
print(scaled([[1, 2], [3]], by: 10))
print(scaled([[20], [1]], by: 10))
var i = 0
var seen: [() -> Int] = []
while i < 3 {
    seen.append { i }
    i += 1
}
print(seen.map { $0() })

// expect: calls 3
// expect: [30, 30]
// expect: [200]
// expect: [3, 3, 3]
