func largest(_ xs: [Int]) -> Int? {
    xs.reduce(nil) { best, x in best.map { max($0, x) } ?? x }
}
print(largest([3, 9, 2]) as Any, largest([]) as Any)
let lengths: [Int?] = ["a", "", "abc"].map { $0.isEmpty ? nil : $0.count }
print(lengths.map { $0.map { $0 * 10 } ?? -1 })
let parsed = ["4", "x", "16"].compactMap(Int.init).reduce(nil as Int?) { acc, v in acc.flatMap { $0 + v } ?? v }
print(parsed as Any)

// expect: Optional(9) nil
// expect: [10, -1, 30]
// expect: Optional(20)
