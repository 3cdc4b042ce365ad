import Foundation
var evaluated: [Int] = []
let tracked = [1, 2, 3, 4, 5, 6].lazy.map { n -> Int in evaluated.append(n); return n * 10 }
print(tracked[2], evaluated)
print(tracked.first { $0 > 30 }!, evaluated)
print(tracked.count, Array(tracked.prefix(2)))
let r = 0..<10
print(r[3], Array(r[2..<5]), Array(r[7...]))
let chunks = stride(from: 0, to: 10, by: 4).map { Array((0..<10)[$0..<min($0 + 4, 10)]) }
print(chunks)
print((1...100).clamped(to: 10...20), (0..<5).clamped(to: 2..<9), (0...).prefix(3).map { $0 })
print((1...).first { $0 * $0 > 200 }!, (5...).prefix(while: { $0 < 9 }).map { $0 })
print([[1, 2], [3, 4], [5]].joined(separator: [0]).map { $0 }, Array([["a"], ["b", "c"]].joined()))
print("x".compare("y") == .orderedAscending, "b".compare("a") == .orderedDescending, "Ab".caseInsensitiveCompare("aB") == .orderedSame)

// expect: 30 [3]
// expect: 40 [3, 1, 2, 3, 4]
// expect: 6 [10, 20]
// expect: 3 [2, 3, 4] [7, 8, 9]
// expect: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
// expect: 10...20 2..<5 [0, 1, 2]
// expect: 15 [5, 6, 7, 8]
// expect: [1, 2, 0, 3, 4, 0, 5] ["a", "b", "c"]
// expect: true true true
