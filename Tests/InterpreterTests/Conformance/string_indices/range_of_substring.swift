import Foundation
let s = "the quick brown fox"
if let r = s.range(of: "quick") {
    print(s[r])
    print(s[r.upperBound...])
    print(s.distance(from: s.startIndex, to: r.lowerBound))
}
print(s.range(of: "cat") == nil)

// expect: quick
// expect:  brown fox
// expect: 4
// expect: true
