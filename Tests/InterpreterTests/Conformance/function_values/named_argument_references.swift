// Functions and methods named with their argument labels, static methods as values, `Swift.` names.
func isMultiple(of k: Int, _ n: Int) -> Bool { n % k == 0 }
func isLarge(than limit: Int) -> Bool { limit > 10 }
let values = [4, 12, 30]
print(values.filter(isLarge(than:)))
let check = isMultiple(of:_:)
print(check(3, 12), check(5, 12))
enum Song {
    static func line(_ n: Int) -> String { "\(n) little ducks" }
    static func verses(_ count: Int) -> [String] { (1...count).reversed().map(line) }
}
print(Song.verses(3))
let lineMaker = Song.line
print(lineMaker(7))
struct Tally {
    var marks: [Int] = []
    func max() -> Int { Swift.max(marks.max() ?? 0, 1) }
    func smallest() -> Int { Swift.min(marks.min() ?? 0, 100) }
}
let t = Tally(marks: [3, 9, 4])
print(t.max(), t.smallest(), Swift.Int.max == Int.max, Swift.abs(-3))
print([[1, 9], [4], [7, 2, 8]].map { $0.max()! }, [5].min()!)

// expect: [12, 30]
// expect: true false
// expect: ["3 little ducks", "2 little ducks", "1 little ducks"]
// expect: 7 little ducks
// expect: 9 3 true 3
// expect: [9, 4, 8] 5
