// `xs += [x]` and `s += t` grow the variable's storage in place: 100,000 of them finish at once
// (a copy per append would take minutes and fail the case's time limit).
func pairs(_ n: Int) -> [(Int, Int)] {
    var results = [(0, 1)]
    var i = 0
    while i < n {
        results += [(i, i * 2)]
        i += 1
    }
    return results
}
let ps = pairs(100_000)
print(ps.count, ps.last!)
final class Log { var text = ""; var rows: [[Int]] = [[]] }
let log = Log()
for i in 0..<100_000 { log.text += "x"; log.rows[0] += [i] }
var counts: [String: String] = ["k": ""]
for _ in 0..<50_000 { counts["k"]! += "ab" }
struct Parts { var items: [String] = [] }
var parts = Parts()
for i in 0..<50_000 { parts.items += ["\(i % 10)"] }
var line = ""
for i in 0..<100_000 { line += String(i % 10) }
print(log.text.count, log.rows[0].count, counts["k"]!.count, parts.items.count, line.count, line.suffix(5))

// expect: 100001 (99999, 199998)
// expect: 100000 100000 100000 50000 100000 56789
