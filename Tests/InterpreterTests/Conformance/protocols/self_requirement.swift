protocol Mergeable {
    func merged(with other: Self) -> Self
}

struct Range2: Mergeable, CustomStringConvertible {
    var lo: Int
    var hi: Int
    func merged(with other: Range2) -> Range2 {
        Range2(lo: min(lo, other.lo), hi: max(hi, other.hi))
    }
    var description: String { "\(lo)...\(hi)" }
}

let r = Range2(lo: 3, hi: 5).merged(with: Range2(lo: 1, hi: 4))
print(r)
let all = [Range2(lo: 9, hi: 9), Range2(lo: 0, hi: 2)].reduce(r) { $0.merged(with: $1) }
print(all)

// expect: 1...5
// expect: 0...9
