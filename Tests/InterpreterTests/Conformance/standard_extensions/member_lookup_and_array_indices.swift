// A collection's own count beats a global count(…) inside its extension; ?? with a literal after a Double? subscript; %c; the Int index API of arrays.
import Foundation
func count<T: Equatable>(_ x: T, in xs: [T]) -> Int { xs.filter { $0 == x }.count }
extension Collection { func halves() -> Int { count / 2 } }
print([1, 2, 3, 4].halves(), count(1, in: [1]))
let dict: [String: Double] = ["x": 1.5]
let arr: [Double] = [1.5]
print(dict["y"] ?? -1, dict["x"] ?? 0, arr.first ?? 0, arr.last ?? 2)
var scores: [String: Int] = [:]
let avg: Double = Double(scores["a"] ?? 0) / 2
import Foundation
print(avg, String(format: "%c%c", 72, 105))
let xs = [1, 2, 3, 4, 5]
print(xs.index(xs.startIndex, offsetBy: 2), xs.index(1, offsetBy: 10, limitedBy: xs.endIndex) as Any, xs.index(after: 0), xs.distance(from: 1, to: 4))
extension Collection { func chunks(of n: Int) -> [SubSequence] { stride(from: 0, to: count, by: n).map { i in let s = index(startIndex, offsetBy: i); return self[s..<(index(s, offsetBy: n, limitedBy: endIndex) ?? endIndex)] } } }
print(xs.chunks(of: 2).map(Array.init), "abcde".chunks(of: 2))

// expect: 2 1
// expect: -1.0 1.5 1.5 1.5
// expect: 0.0 Hi
// expect: 2 nil 1 3
// expect: [[1, 2], [3, 4], [5]] ["ab", "cd", "e"]
